package io.extreme.reliability;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.contract.Await;
import io.extreme.contract.StreamReads;
import io.extreme.event.ResolvedEvent;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.fault.FaultProxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * One fault test's world: an in-memory EventStore, a fault proxy in front of it, a client that
 * goes through the proxy (the one under test) and one that does not (to write and check).
 */
final class FaultRig implements AutoCloseable {
    final EmbeddedEventStore store = EmbeddedEventStore.start();
    final FaultProxy proxy = FaultProxy.start(store.endpoint());
    final Lifecycles lifecycle = new Lifecycles();
    final ExtremeClient client;
    final ExtremeClient direct;

    FaultRig(UnaryOperator<ExtremeSettings.Builder> change) {
        client = Extreme.connect(change.apply(ExtremeSettings.builder().endpoint(proxy.endpoint())
                .credentials("admin", "changeit").connectionName("under-faults").reconnectDelay(Duration.ofMillis(10))
                .maxReconnectAttempts(-1).connectionListener(lifecycle)).build());
        direct = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint()).credentials("admin", "changeit")
                .connectionName("checker").build());
    }

    static String stream(String purpose) {
        return purpose + "-" + UUID.randomUUID();
    }

    /** Every event of {@code stream}, read without faults. */
    List<ResolvedEvent> readAll(String stream) {
        return StreamReads.readAll(direct, stream);
    }

    static <T> T get(CompletableFuture<T> future) {
        return StreamReads.get(future);
    }

    /** Waits for {@code condition} up to {@code seconds}: the contract suite's condition wait. */
    static void await(String what, long seconds, BooleanSupplier condition) {
        Await.until(what, seconds, condition);
    }

    @Override
    public void close() {
        client.close();
        direct.close();
        proxy.close();
        store.close();
    }
}
