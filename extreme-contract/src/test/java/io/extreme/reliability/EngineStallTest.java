package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.contract.Await;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * An engine thread that stalls for three heartbeat timeouts while the server keeps pushing to a
 * volatile subscription. Neither side may take the other for dead: the client's heartbeat goes by
 * the transport's record of when bytes arrived, not by when its stalled engine got round to them,
 * and the server's HeartbeatRequests are answered on the I/O thread. The server here asks after
 * 200 ms of silence and closes 300 ms later (the testkit's server heartbeat, as PROTOCOL.md §4.4
 * has a real server do with 2 s and 1 s); before the I/O thread answered, the stall cost the
 * connection.
 */
class EngineStallTest {
    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final long STALL_MILLIS = 3 * TIMEOUT.toMillis();
    /** Events written after the stall ended, so that the subscription is seen to flow again. */
    private static final int AFTER = 50;
    /**
     * A cap on what the writer writes before the stall ends: below the inbound gate's 5,000 frames,
     * so that this test is about the stall alone. Were reading suspended as well, the server's
     * requests would wait unread behind its pushes; the client then asks the server itself (as
     * it suspends, and each interval from its tick), but a stalled engine has no tick, so a stall
     * longer than the server's interval + timeout after the suspension would still cost the
     * connection (ReadBurstTest covers the gate, with a real server's 2 s / 1 s).
     */
    private static final int MAX_EVENTS = 4_000;

    @Test
    void aStalledEngineIsNotTakenForADeadConnectionAndLosesNoPushedEvent() throws Exception {
        Lifecycles lifecycle = new Lifecycles();
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().heartbeat(INTERVAL, TIMEOUT).start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "changeit").connectionName("engine-stall").heartbeatInterval(INTERVAL)
                     .heartbeatTimeout(TIMEOUT).connectionListener(lifecycle).build());
             ExtremeClient writer = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "changeit").connectionName("engine-stall-writer").build())) {
            String stream = FaultRig.stream("engine-stall");
            List<ResolvedEvent> received = new CopyOnWriteArrayList<>();
            FaultRig.get(client.subscribeToStream(stream, new SubscriptionListener() {
                @Override
                public void onEvent(Subscription subscription, ResolvedEvent event) {
                    received.add(event);
                }
            }));

            AtomicLong duringStall = new AtomicLong();
            AtomicInteger written = new AtomicInteger();
            CompletableFuture<Void> stallOver = new CompletableFuture<>();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                int afterStall = 0;
                while (afterStall < AFTER) {
                    if (written.get() >= MAX_EVENTS) {
                        stallOver.join(); // enough for one stall: the rest comes after it
                    }
                    boolean over = stallOver.isDone();
                    FaultRig.get(writer.append(stream, EventData.json("pushed", "{\"n\":" + written.get() + "}")));
                    written.incrementAndGet();
                    afterStall += over ? 1 : 0;
                }
            });
            Await.until("events flowing before the stall", () -> received.size() >= 20);
            long stalledMillis;
            long writtenBefore = written.get();
            try (EngineStall stall = EngineStall.of(client, STALL_MILLIS)) {
                stalledMillis = stall.awaitEnd();
                duringStall.set(written.get() - writtenBefore);
            } finally {
                stallOver.complete(null);
            }
            writing.get();
            int total = written.get();
            // A lost connection loses the volatile subscription's later events: stop waiting and say so.
            Await.until("every event delivered", () -> received.size() >= total || lifecycle.count("disconnected") > 0);

            assertThat(lifecycle.count("disconnected")).as("no disconnect: " + lifecycle.events).isZero();
            assertThat(received).extracting(ResolvedEvent::originalEventNumber)
                    .as("each event once, in order").containsExactlyElementsOf(LongStream.range(0, total).boxed().toList());
            assertThat(stalledMillis).as("the engine stalled for three heartbeat timeouts").isGreaterThanOrEqualTo(STALL_MILLIS);
            assertThat(duringStall.get()).as("the server pushed during the stall").isPositive();
            Figures.report("Engine stall (heartbeat " + INTERVAL.toMillis() + "/" + TIMEOUT.toMillis() + " ms both sides)",
                    "engine thread stalled " + stalledMillis + " ms; " + duringStall.get() + " events pushed during it, "
                            + total + " in all, each delivered once in order; 0 disconnects; reading paused "
                            + EngineStall.gate(client).pauses() + " times");
        }
    }
}
