package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * 10,000 appends with unique event ids, hundreds in flight at any time, while the proxy cuts
 * the connection at random every 50–300 ms. Appends in flight at a cut are sent again after
 * the reconnect; the server's idempotency on event ids makes that safe.
 */
class AppendsUnderCutsTest {
    private static final int APPENDS = 10_000;
    private static final int IN_FLIGHT = 250;
    private static final long PACE_NANOS = TimeUnit.MICROSECONDS.toNanos(666);

    @Test
    void everyAppendCompletesAndEveryAcknowledgedOneIsInTheStreamExactlyOnce() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b.maxQueueSize(APPENDS).maxOperationRetries(1_000)
                .operationTimeout(Duration.ofSeconds(30)))) {
            String stream = FaultRig.stream("appends-under-cuts");
            FaultRig.get(rig.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1))); // connected
            Random random = new Random(42);
            rig.proxy.cutRandomly(Duration.ofMillis(50), Duration.ofMillis(300), random);
            long started = System.nanoTime();
            Semaphore window = new Semaphore(IN_FLIGHT);
            List<UUID> ids = new ArrayList<>(APPENDS);
            List<CompletableFuture<WriteResult>> futures = new ArrayList<>(APPENDS);
            AtomicInteger failed = new AtomicInteger();
            for (int i = 0; i < APPENDS; i++) {
                if (!window.tryAcquire(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("appends stopped completing: " + window.availablePermits() + " free");
                }
                UUID id = UUID.randomUUID();
                ids.add(id);
                CompletableFuture<WriteResult> future = rig.client.append(stream, EventData.json("appended", "{\"n\":" + i + "}").withEventId(id));
                future.whenComplete((result, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                    }
                    window.release();
                });
                futures.add(future);
                // Pace the workload: about 1,500 appends a second, so that some 40 cuts fall among them.
                long slot = started + i * PACE_NANOS;
                while (System.nanoTime() - slot < 0) {
                    LockSupport.parkNanos(slot - System.nanoTime());
                }
            }
            CompletableFuture.allOf(futures.stream().map(f -> f.handle((r, e) -> null)).toArray(CompletableFuture[]::new))
                    .get(120, TimeUnit.SECONDS);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            rig.proxy.stopCutting();
            int cuts = rig.proxy.cuts();

            List<UUID> acknowledged = new ArrayList<>();
            for (int i = 0; i < APPENDS; i++) {
                if (!futures.get(i).isCompletedExceptionally()) {
                    acknowledged.add(ids.get(i));
                }
            }
            Map<UUID, Integer> inStream = new HashMap<>();
            for (ResolvedEvent event : rig.readAll(stream)) {
                inStream.merge(event.event().eventId(), 1, Integer::sum);
            }
            for (UUID id : acknowledged) {
                assertThat(inStream.get(id)).as("acknowledged append %s in the stream", id).isEqualTo(1);
            }
            assertThat(inStream.values()).as("no event twice").allMatch(n -> n == 1);
            assertThat(failed.get()).as("appends that failed").isZero();
            assertThat(cuts).as("cuts during the run").isGreaterThanOrEqualTo(20);
            Figures.report("10,000 appends under random cuts (50-300 ms)", APPENDS + " appends, " + acknowledged.size()
                    + " acknowledged, " + failed.get() + " failed, " + inStream.size() + " events in the stream (each once), "
                    + cuts + " cuts survived, " + rig.lifecycle.count("connected") + " connections, " + elapsedMillis + " ms");
        }
    }
}
