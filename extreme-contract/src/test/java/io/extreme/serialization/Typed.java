package io.extreme.serialization;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.typed.SerializationSettings;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A serialization test's world: the testkit over TCP, and a client whose typed API uses the
 * plugin named ({@code json} or {@code kryo}), found by name through ServiceLoader.
 */
final class Typed implements AutoCloseable {
    final EmbeddedEventStore store = EmbeddedEventStore.start();
    final ExtremeClient client;

    Typed(String plugin) {
        this(plugin, s -> s);
    }

    Typed(String plugin, UnaryOperator<SerializationSettings> change) {
        client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint()).credentials("admin", "changeit")
                .connectionName("typed-" + plugin).serialization(change.apply(settings(plugin))).build());
    }

    /** The settings that choose {@code plugin} by name; Kryo is told the test classes by its {@code classes} option. */
    static SerializationSettings settings(String plugin) {
        SerializationSettings named = SerializationSettings.DEFAULTS.withSerializer(plugin);
        return plugin.equals("kryo") ? named.withOption("classes",
                Shop.KRYO_CLASSES.stream().map(Class::getName).collect(Collectors.joining(","))) : named;
    }

    static List<String> plugins() {
        return List.of("json", "kryo");
    }

    static String stream(String purpose) {
        return purpose + "-" + UUID.randomUUID();
    }

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        client.close();
        store.close();
    }
}
