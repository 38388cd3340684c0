package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.error.ClientClosedException;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A node that answers NotReady, TooBusy or NotMaster: the client retries or follows the master, and the operation succeeds. */
class NotHandledRecoveryTest {
    private final EmbeddedEventStore store = EmbeddedEventStore.start();
    private final Lifecycles lifecycle = new Lifecycles();
    private final String stream = "not-handled-" + UUID.randomUUID();

    @AfterEach
    void close() {
        store.close();
    }

    private ExtremeClient connect(EmbeddedEventStore node) {
        return Extreme.connect(ExtremeSettings.builder().endpoint(node.endpoint()).credentials("admin", "changeit")
                .retryDelay(Duration.ofMillis(20)).reconnectDelay(Duration.ofMillis(20)).connectionListener(lifecycle).build());
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(15, TimeUnit.SECONDS);
    }

    @Test
    void aNodeThatIsNotReadyIsAskedAgainUntilItIs() throws Exception {
        try (ExtremeClient client = connect(store)) {
            store.faults().notHandled(NotHandledReason.NOT_READY, 3);
            WriteResult written = get(client.append(stream, List.of(EventData.json("t", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            assertThat(written.nextExpectedVersion()).isZero();
            assertThat(store.faults().notHandledSent()).isEqualTo(3);
            Figures.report("NotReady x3", "append succeeded after " + store.faults().notHandledSent() + " NotReady answers");
        }
    }

    @Test
    void aBusyNodeIsAskedAgainUntilItAnswers() throws Exception {
        try (ExtremeClient client = connect(store)) {
            get(client.append(stream, List.of(EventData.json("t", "{}")), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            store.faults().notHandled(NotHandledReason.TOO_BUSY, 4);
            StreamSlice slice = get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10)));
            assertThat(slice.events()).hasSize(1);
            assertThat(store.faults().notHandledSent()).isEqualTo(4);
            Figures.report("TooBusy x4", "read succeeded after " + store.faults().notHandledSent() + " TooBusy answers");
        }
    }

    @Test
    void notMasterSendsTheWriteToTheMasterNamedOnceOnly() throws Exception {
        try (EmbeddedEventStore master = EmbeddedEventStore.builder().engine(store.engine()).start();
             ExtremeClient client = connect(store)) {
            get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1))); // connected to the follower first
            store.faults().notMaster(master.endpoint(), 1);
            long before = System.nanoTime();
            WriteResult written = get(client.append(stream, EventData.json("t", "{}")));
            assertThat(written.nextExpectedVersion()).isZero();
            Lifecycles.Event moved = lifecycle.await("connected", before, e -> e.node().equals(master.endpoint()));
            assertThat(get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).as("written once").hasSize(1);
            assertThat(store.faults().notHandledSent()).isEqualTo(1);
            Figures.report("NotMaster redirect", "write succeeded on the master "
                    + TimeUnit.NANOSECONDS.toMillis(moved.atNanos() - before) + " ms after it was sent to the follower");
        }
    }

    @Test
    void reachingTheMaximumAttemptsClosesTheClientAndFailsWhatIsPending() throws Exception {
        EmbeddedEventStore doomed = EmbeddedEventStore.start();
        try (ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(doomed.endpoint())
                .reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(80)).maxReconnectAttempts(3)
                .operationTimeout(Duration.ofSeconds(30)).connectionListener(lifecycle).build())) {
            get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1)));
            long before = System.nanoTime();
            doomed.close();
            CompletableFuture<WriteResult> pending = client.append(stream, EventData.json("t", "{}"));
            Lifecycles.Event closed = lifecycle.await("closed", before);
            Throwable failure = cause(pending);
            assertThat(failure).isInstanceOf(ReconnectsExhaustedException.class)
                    .hasMessageContaining("after 4 attempts in a row").hasMessageContaining("maxReconnectAttempts 3");
            assertThat(closed.cause()).as("the engine's own, which the caller's copy wraps").isSameAs(failure.getCause());
            assertThat(lifecycle.count("reconnecting")).isEqualTo(4);
            Throwable after = cause(client.append(stream, EventData.json("t", "{}")));
            assertThat(after).isInstanceOf(ClientClosedException.class).hasMessageContaining("closed");
            Figures.report("Max attempts", "gave up after 4 attempts in "
                    + TimeUnit.NANOSECONDS.toMillis(closed.atNanos() - before) + " ms (backoff 10..80 ms)");
        }
    }

    private static Throwable cause(CompletableFuture<?> future) throws Exception {
        try {
            future.get(15, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
