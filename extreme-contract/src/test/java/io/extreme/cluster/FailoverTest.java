package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.WriteResult;
import io.extreme.reliability.Figures;
import io.extreme.reliability.Lifecycles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A writer appends 5,000 events with unique ids, up to 50 in flight, and the master is stopped
 * after the first third: the client must find the new master by gossip and finish, with every
 * acknowledged append in the stream exactly once (appends in flight at the kill are re-sent, and
 * the event ids make that idempotent).
 */
class FailoverTest {
    private static final int APPENDS = 5_000;
    private static final int IN_FLIGHT = 50;
    private static final int KILL_AFTER = APPENDS / 3;

    @Test
    void everyAcknowledgedAppendIsInTheStreamOnceAfterTheMasterDies() throws Exception {
        try (ClusterUnderTest cluster = ClusterUnderTest.start()) {
            cluster.assumeMasterCanBeStopped();
            Lifecycles lifecycle = new Lifecycles();
            String stream = "failover-" + UUID.randomUUID();
            List<UUID> ids = new ArrayList<>(APPENDS);
            List<CompletableFuture<WriteResult>> futures = new ArrayList<>(APPENDS);
            long killedAt;
            long killReturnedAt = 0;
            AtomicLong firstAckAfterKill = new AtomicLong();
            Semaphore window = new Semaphore(IN_FLIGHT);
            Endpoint oldMaster = cluster.awaitMaster();
            Endpoint killed = null;
            try (ExtremeClient client = Extreme.connect(cluster.client("failover-writer").connectionListener(lifecycle)
                    .maxQueueSize(APPENDS).maxOperationRetries(10_000).operationTimeout(Duration.ofSeconds(60))
                    .build())) {
                killedAt = Long.MAX_VALUE;
                for (int i = 0; i < APPENDS; i++) {
                    if (i == KILL_AFTER) {
                        killedAt = System.nanoTime();
                        killed = cluster.killMaster();
                        killReturnedAt = System.nanoTime();
                    }
                    if (!window.tryAcquire(60, TimeUnit.SECONDS)) {
                        throw new AssertionError("appends stopped completing after " + i + " were sent");
                    }
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    CompletableFuture<WriteResult> future = client.append(stream, EventData.json("failover", "{\"n\":" + i + "}").withEventId(id));
                    long after = killReturnedAt;
                    future.whenComplete((result, error) -> {
                        if (error == null && after != 0) {
                            firstAckAfterKill.compareAndSet(0, System.nanoTime());
                        }
                        window.release();
                    });
                    futures.add(future);
                }
                CompletableFuture.allOf(futures.stream().map(f -> f.handle((r, e) -> null))
                        .toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            }
            Endpoint newMaster = cluster.awaitMaster();

            List<UUID> acknowledged = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int i = 0; i < APPENDS; i++) {
                if (futures.get(i).isCompletedExceptionally()) {
                    futures.get(i).handle((r, e) -> failures.add(e));
                } else {
                    acknowledged.add(ids.get(i));
                }
            }
            Map<UUID, Integer> inStream = new HashMap<>();
            for (ResolvedEvent event : ClusterReads.readAll(cluster, stream)) {
                inStream.merge(event.event().eventId(), 1, Integer::sum);
            }
            assertThat(killed).isEqualTo(oldMaster);
            assertThat(newMaster).isNotEqualTo(oldMaster);
            assertThat(failures).as("failed appends").isEmpty();
            assertThat(acknowledged).hasSize(APPENDS);
            assertThat(inStream.entrySet()).as("events in the stream more than once")
                    .filteredOn(e -> e.getValue() > 1).isEmpty();
            assertThat(inStream.keySet()).containsAll(acknowledged);
            long killNanos = killedAt;
            assertThat(lifecycle.events).filteredOn(e -> e.kind().equals("connected") && e.atNanos() > killNanos)
                    .extracting(Lifecycles.Event::node).contains(newMaster);
            long toWrite = TimeUnit.NANOSECONDS.toMillis(firstAckAfterKill.get() - killedAt);
            long toConnect = TimeUnit.NANOSECONDS.toMillis(lifecycle.await("connected", killedAt,
                    e -> e.node().equals(newMaster)).atNanos() - killedAt);
            Figures.report("Failover: master killed after " + KILL_AFTER + " of " + APPENDS + " appends (" + cluster
                    + ")", "all " + acknowledged.size() + " acknowledged, each in the stream once; connected to the new master "
                    + newMaster + " " + toConnect + " ms after the kill; first successful write " + toWrite
                    + " ms after the kill");
        }
    }
}
