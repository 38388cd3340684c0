package io.extreme.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import io.extreme.serialization.json.TestEvents.Note;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSerializerProviderTest {
    private static final String MODULE = "io.extreme.serialization.json";

    @Test
    void serviceLoaderFindsTheJsonProviderOnTheClassPath() {
        List<SerializerProvider> found = ServiceLoader.load(SerializerProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("json")).toList();

        assertThat(found).singleElement().isInstanceOf(JsonSerializerProvider.class)
                .satisfies(p -> assertThat(p.priority()).isEqualTo(20));
    }

    /**
     * Surefire runs these tests on the class path, where only META-INF/services counts; so the
     * module's {@code provides} clause is proven in a module layer of its own, built from the
     * compiled module and its dependencies' jars.
     */
    @Test
    void serviceLoaderFindsTheJsonProviderOnTheModulePath() throws Exception {
        Path[] modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.toString().endsWith(".jar") || Files.exists(p.resolve("module-info.class")))
                .toArray(Path[]::new);
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolveAndBind(
                ModuleFinder.of(modulePath), ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
        Class<?> service = layer.findLoader("io.extreme.api").loadClass(SerializerProvider.class.getName());

        List<?> found = ServiceLoader.load(layer, service).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(found).singleElement().satisfies(provider -> {
            assertThat(provider.getClass().getName()).isEqualTo(JsonSerializerProvider.class.getName());
            assertThat(provider.getClass().getModule().getName()).isEqualTo(MODULE);
        });
    }

    @Test
    void itMakesAJsonSerializerWithTheDefaults() {
        Serializer json = new JsonSerializerProvider().create(Map.of());

        assertThat(json).isInstanceOf(JsonSerializer.class);
        assertThat(json.isJson()).isTrue();
        assertThat(json.deserialize(json.serialize(new Note("hi")), Note.class)).isEqualTo(new Note("hi"));
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new JsonSerializerProvider().create(Map.of("registration_required", "false")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown JSON serializer option 'registration_required'; the JSON serializer takes"
                        + " none (give your own ObjectMapper with JsonSerializer.using)");
    }

    @Test
    void noOptionsAtAllIsRefusedByName() {
        assertThatThrownBy(() -> new JsonSerializerProvider().create(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("options must not be null");
    }
}
