package io.extreme.internal.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.error.ConfigurationException;
import io.extreme.internal.plugin.Plugins;
import io.extreme.serialization.SerializerProvider;
import io.extreme.typed.SerializationSettings;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link Serialization#of} chooses its serializer: the one given, else a plugin by name, else
 * the plugin of highest priority. extreme-api's test class path has no serializer plugins, so the
 * plugins here are offered through a thread context class loader (which {@link Plugins} asks when
 * its own loader finds none) and nowhere else.
 */
class SerializationPluginsTest {
    private static final SerializationSettings DEFAULTS = SerializationSettings.DEFAULTS;

    @TempDir
    Path services;

    @Test
    void aGivenSerializerIsUsedAsGiven() {
        TextSerializer given = new TextSerializer(true);
        Serialization serialization = Serialization.of(DEFAULTS.withSerializer(given));
        assertThat(serialization.serializer()).isSameAs(given);
        assertThat(serialization.settings().serializer()).isSameAs(given);
    }

    @Test
    void aNameThatNoPluginHasIsRefusedNamingIt() {
        assertThatThrownBy(() -> Serialization.of(DEFAULTS.withSerializer("protobuf")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'protobuf'").hasMessageContaining("available: none");
    }

    @Test
    void withoutAnyPluginTheErrorNamesTheModuleToAdd() {
        assertThatThrownBy(() -> Serialization.of(DEFAULTS))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("io.extreme:extreme-serialization-json");
    }

    @Test
    void pluginsAreFoundByNameAndByPriority() throws Exception {
        withTestPlugins(() -> {
            TextSerializer highest = (TextSerializer) Serialization.of(DEFAULTS).serializer();
            assertThat(highest.isJson()).as("test-json has the higher priority").isTrue();

            TextSerializer named = (TextSerializer) Serialization.of(DEFAULTS.withSerializer("test-binary")).serializer();
            assertThat(named.isJson()).as("a name wins over priority").isFalse();

            assertThat(Plugins.named(SerializerProvider.class, "test-json")).get()
                    .isInstanceOf(TextSerializerProviders.Json.class);
            assertThatThrownBy(() -> Serialization.of(DEFAULTS.withSerializer("protobuf")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("test-json")
                    .hasMessageContaining("test-binary");
        });
    }

    @Test
    void optionsReachThePlugin() throws Exception {
        withTestPlugins(() -> {
            TextSerializer made = (TextSerializer) Serialization.of(DEFAULTS.withSerializer("test-binary")
                    .withOption("flavour", "plain")).serializer();
            assertThat(made.options()).isEqualTo(Map.of("flavour", "plain"));
            assertThatThrownBy(() -> Serialization.of(DEFAULTS.withOption("colour", "red")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("'colour'")
                    .hasMessageContaining("refused its options");
            // checked when connecting only when a name or options are given
            assertThatThrownBy(() -> Serialization.check(DEFAULTS.withSerializer("protobuf")))
                    .isInstanceOf(ConfigurationException.class);
            Serialization.check(DEFAULTS);
        });
    }

    /** Runs {@code body} with the test plugins visible to {@link java.util.ServiceLoader} on this thread only. */
    private void withTestPlugins(Runnable body) throws IOException {
        Path file = services.resolve("META-INF/services/" + SerializerProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, TextSerializerProviders.Binary.class.getName() + "\n"
                + TextSerializerProviders.Json.class.getName() + "\n", StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            body.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
