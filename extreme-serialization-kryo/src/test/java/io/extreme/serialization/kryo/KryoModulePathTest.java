package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests run on the class path (surefire's {@code useModulePath=false}), where module-info is
 * ignored. This test loads the built module, Kryo and the API into a module layer of their own,
 * as an application on the module path would, with an application module compiled on the spot.
 */
class KryoModulePathTest {
    private static final String MODULE = "io.extreme.serialization.kryo";
    private static final String EVENTS_MODULE = "demo.events";

    @TempDir
    Path work;

    @Test
    void providesFindsTheProviderAndKryoReachesExportedRecordsOnly() throws Exception {
        ModuleLayer layer = layerWith(compileEventsModule());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> providerType = loader.loadClass("io.extreme.serialization.SerializerProvider");
        Class<?> serializerType = loader.loadClass("io.extreme.serialization.Serializer");

        List<?> providers = ServiceLoader.load(layer, providerType).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(providers).hasSize(1);
        Object provider = providers.get(0);
        assertThat(provider.getClass().getModule().getName()).isEqualTo(MODULE);
        assertThat(providerType.getMethod("name").invoke(provider)).isEqualTo("kryo");

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // the `classes` option loads through it, as in an application
        Object serializer;
        try {
            serializer = providerType.getMethod("create", Map.class).invoke(provider,
                    Map.of("classes", "demo.events.Shipped,demo.events.hidden.Secret"));
        } finally {
            thread.setContextClassLoader(previous);
        }
        Class<?> events = loader.loadClass("demo.events.Shipped");
        Object shipped = events.getConstructor(String.class, int.class).newInstance("parcel-1", 3);
        byte[] bytes = (byte[]) serializerType.getMethod("serialize", Object.class).invoke(serializer, shipped);
        Object read = serializerType.getMethod("deserialize", byte[].class, Class.class).invoke(serializer, bytes, Object.class);
        assertThat(read).isEqualTo(shipped);
        Object jdk = Map.of("at", Instant.EPOCH, "ids", List.of(UUID.randomUUID()));
        byte[] jdkBytes = (byte[]) serializerType.getMethod("serialize", Object.class).invoke(serializer, jdk);
        assertThat(serializerType.getMethod("deserialize", byte[].class, Class.class)
                .invoke(serializer, jdkBytes, Object.class)).isEqualTo(jdk);

        // A record in a package the application neither exports nor opens: the message says what to add.
        Object secret = events.getMethod("secret").invoke(null);
        Throwable failure = catchThrowable(
                () -> serializerType.getMethod("serialize", Object.class).invoke(serializer, secret));
        assertThat(failure.getCause().getClass().getName()).isEqualTo("io.extreme.serialization.SerializationException");
        assertThat(failure.getCause().getMessage())
                .startsWith("Kryo cannot reach the fields of demo.events.hidden.Secret (")
                .contains("open its package to com.esotericsoftware.kryo in module-info");
    }

    /** Compiles {@value #EVENTS_MODULE}: an exported public record and a record in a closed package. */
    private Path compileEventsModule() throws IOException {
        Path src = work.resolve("src");
        write(src.resolve("module-info.java"), "module " + EVENTS_MODULE + " { exports demo.events; }");
        write(src.resolve("demo/events/Shipped.java"), "package demo.events;\n"
                + "public record Shipped(String parcel, int items) {\n"
                + "  public static Object secret() { return new demo.events.hidden.Secret(\"s\"); }\n}");
        write(src.resolve("demo/events/hidden/Secret.java"),
                "package demo.events.hidden;\npublic record Secret(String code) {}");
        Path classes = work.resolve("classes");
        // java.util.spi.ToolProvider, not javax.tools: this module does not read java.compiler.
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int status = javac.run(System.out, System.err, "--release", "17", "-d", classes.toString(),
                src.resolve("module-info.java").toString(), src.resolve("demo/events/Shipped.java").toString(),
                src.resolve("demo/events/hidden/Secret.java").toString());
        assertThat(status).as("javac exit status").isZero();
        return classes;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A layer holding this module, its dependencies and {@code events}, under the platform loader only. */
    private static ModuleLayer layerWith(Path events) throws Exception {
        ModuleFinder finder = ModuleFinder.of(
                locationOf(KryoSerializerProvider.class.getName()),
                locationOf("io.extreme.serialization.Serializer"),
                locationOf("org.slf4j.Logger"),
                locationOf("com.esotericsoftware.kryo.Kryo"),
                locationOf("com.esotericsoftware.reflectasm.MethodAccess"),
                locationOf("com.esotericsoftware.minlog.Log"),
                locationOf("org.objenesis.Objenesis"),
                events);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of(MODULE, EVENTS_MODULE));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    /** The jar or classes directory a class comes from on the test class path. */
    private static Path locationOf(String className) throws ClassNotFoundException, URISyntaxException {
        Class<?> type = Class.forName(className, false, KryoModulePathTest.class.getClassLoader());
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
