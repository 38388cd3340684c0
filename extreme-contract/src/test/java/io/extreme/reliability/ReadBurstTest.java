package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.contract.Await;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.internal.connection.InboundGate;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.testkit.EmbeddedEventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A burst of large answers behind a slow engine: 200 reads of 500 events of about 1 KiB each
 * (some 100 MB) in flight while the engine thread stalls, and a server pushing to a volatile
 * subscription meanwhile. The inbound gate stops reading once 16 MiB wait for the engine, so the
 * rest waits in the socket buffers and in the server (whose own send queue holds messages, not
 * bytes, PROTOCOL.md §4.5), and reading resumes as the engine catches up. Nothing is lost, and
 * what waits in our heap stays near the gate's high water.
 */
class ReadBurstTest {
    private static final int READS = 200;
    private static final int PAGE = 500;
    private static final int PUSHED = 200;
    private static final long MIB = 1024 * 1024;

    @Test
    void readingPausesAndResumesUnderABurstAndNothingIsLost() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             ExtremeClient client = Extreme.connect(settings(store, "read-burst"));
             ExtremeClient writer = Extreme.connect(settings(store, "read-burst-writer"))) {
            String pages = FaultRig.stream("read-burst-pages");
            String pushes = FaultRig.stream("read-burst-pushes");
            String kibibyte = "x".repeat(1000);
            for (int batch = 0; batch < PAGE / 100; batch++) {
                List<EventData> events = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    events.add(EventData.json("page", "{\"p\":\"" + kibibyte + "\"}"));
                }
                FaultRig.get(writer.append(pages, events));
            }
            List<ResolvedEvent> pushed = new CopyOnWriteArrayList<>();
            FaultRig.get(client.subscribeToStream(pushes, new SubscriptionListener() {
                @Override
                public void onEvent(Subscription subscription, ResolvedEvent event) {
                    pushed.add(event);
                }
            }));
            InboundGate gate = EngineStall.gate(client);
            long heapBefore = usedHeapAfterGc();

            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < PUSHED; i++) {
                    FaultRig.get(writer.append(pushes, EventData.json("pushed", "{\"n\":" + i + "}")));
                }
            });
            List<CompletableFuture<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                // Only the count is kept, so that the heap after holds no page the test asked for.
                reads.add(client.readStreamSlice(pages, StreamPosition.of(0), ReadOptions.forward().withPageSize(PAGE))
                        .thenApply(slice -> slice.events().size()));
            }
            long heapDuring;
            long stalledMillis;
            try (EngineStall stall = EngineStall.of(client, 30_000)) {
                Await.until("reading paused behind the stalled engine", gate::isPaused);
                heapDuring = usedHeapAfterGc();
                stalledMillis = stall.release();
            }
            long events = 0;
            for (CompletableFuture<Integer> read : reads) {
                events += FaultRig.get(read);
            }
            writing.get();
            Await.until("every pushed event delivered", () -> pushed.size() >= PUSHED);
            long heapAfter = usedHeapAfterGc();

            assertThat(events).as("every read whole").isEqualTo((long) READS * PAGE);
            assertThat(pushed).extracting(ResolvedEvent::originalEventNumber).as("each pushed event once, in order")
                    .containsExactlyElementsOf(LongStream.range(0, PUSHED).boxed().toList());
            assertThat(gate.pauses()).as("reading paused").isPositive();
            assertThat(gate.resumes()).as("and resumed").isEqualTo(gate.pauses());
            // The high water, plus what the transport had decoded when it stopped: one read buffer, one large frame.
            assertThat(gate.peakBytes()).as("bytes that ever waited for the engine")
                    .isLessThanOrEqualTo(InboundGate.HIGH_WATER_BYTES + 2 * MIB);
            Figures.report("Read burst (" + READS + " reads of " + PAGE + " events of 1 KiB, engine stalled)",
                    "engine stalled " + stalledMillis + " ms; reading paused " + gate.pauses() + " times, resumed "
                            + gate.resumes() + "; at most " + gate.peakBytes() / MIB + " MiB waited for the engine; heap after GC "
                            + heapBefore / MIB + " MiB before, " + heapDuring / MIB + " MiB while paused, " + heapAfter / MIB
                            + " MiB after; " + events + " events read, " + PUSHED + " pushed, none lost");
        }
    }

    private static ExtremeSettings settings(EmbeddedEventStore store, String name) {
        return ExtremeSettings.builder().endpoint(store.endpoint()).credentials("admin", "changeit").connectionName(name).build();
    }

    /** Used heap after a full collection was asked for twice: what the live objects take, near enough. */
    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
