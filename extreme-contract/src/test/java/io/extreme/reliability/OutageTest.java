package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeSettings;
import io.extreme.error.OperationTimeoutException;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A 30 s outage under the default reconnect settings (for ever, backoff from 100 ms to 10 s):
 * the proxy cuts the connection and refuses every new one for 30 s, while the test keeps
 * appending. Appends whose deadline outlasts the outage wait for the connection and
 * land once each after it; appends with a 2 s deadline fail with their timeout; the client
 * reconnects by itself. The one long fault test of the suite (about 30–40 s): keep it the only one.
 */
class OutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /**
     * Outlasts the outage and the longest pause after it (10 s) with room to spare. A deadline
     * alone: the settings' timeout (7 s) is each attempt's wait for an answer, not for a connection.
     */
    private static final AppendOptions PATIENT = AppendOptions.DEFAULTS.withDeadline(Duration.ofSeconds(60));
    private static final AppendOptions HASTY = AppendOptions.DEFAULTS.withDeadline(Duration.ofSeconds(2));
    private static final int PER_BATCH = 10;

    @Test
    void appendsThatOutlastTheOutageLandOnceAfterItAndShortOnesTimeOut() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b.reconnectBackoff(ExtremeSettings.DEFAULT_RECONNECT_DELAY,
                ExtremeSettings.DEFAULT_MAX_RECONNECT_DELAY).reconnectForever())) {
            String stream = FaultRig.stream("outage");
            FaultRig.get(rig.client.append(stream, EventData.json("before", "{}"))); // connected
            List<UUID> patientIds = new ArrayList<>();
            List<UUID> hastyIds = new ArrayList<>();
            List<CompletableFuture<WriteResult>> patient = new ArrayList<>();
            List<CompletableFuture<WriteResult>> hasty = new ArrayList<>();

            long outageStart = System.nanoTime();
            rig.proxy.refuseFor(OUTAGE);
            rig.proxy.cutAll();
            long outageEnd = outageStart + OUTAGE.toNanos();
            rig.lifecycle.await("disconnected", outageStart);
            append(rig, stream, PATIENT, patientIds, patient);
            append(rig, stream, HASTY, hastyIds, hasty);
            // A few seconds in, by the client's own clock: six failed attempts take at least 1.6 s of pauses.
            FaultRig.await("six attempts refused", 30, () -> attemptsSince(rig, outageStart) >= 6);
            append(rig, stream, PATIENT, patientIds, patient);
            append(rig, stream, HASTY, hastyIds, hasty);

            FaultRig.await("the short appends to time out", 15, () -> hasty.stream().allMatch(CompletableFuture::isDone));
            for (CompletableFuture<WriteResult> each : hasty) {
                assertThat(failure(each)).isInstanceOf(OperationTimeoutException.class).hasMessageContaining("deadline");
            }
            assertThat(patient).as("appends waiting out the outage").noneMatch(CompletableFuture::isDone);

            FaultRig.await("the client to reconnect by itself", 60, () -> rig.lifecycle.events.stream()
                    .anyMatch(e -> e.kind().equals("connected") && e.atNanos() - outageStart > 0));
            Lifecycles.Event reconnected = rig.lifecycle.await("connected", outageStart);
            assertThat(reconnected.atNanos() - outageEnd).as("connected only once the refusal ended").isNotNegative();
            for (CompletableFuture<WriteResult> each : patient) {
                each.get(60, TimeUnit.SECONDS);
            }

            Map<UUID, Integer> inStream = new HashMap<>();
            for (ResolvedEvent event : rig.readAll(stream)) {
                inStream.merge(event.event().eventId(), 1, Integer::sum);
            }
            for (UUID id : patientIds) {
                assertThat(inStream.get(id)).as("patient append %s in the stream", id).isEqualTo(1);
            }
            assertThat(inStream.keySet()).as("no timed-out append written").doesNotContainAnyElementsOf(hastyIds);
            assertThat(inStream).hasSize(1 + patientIds.size());
            long afterOutageMillis = TimeUnit.NANOSECONDS.toMillis(reconnected.atNanos() - outageEnd);
            long attempts = attemptsSince(rig, outageStart);
            Figures.report("30 s outage (cut, then refused), default backoff", "reconnected " + afterOutageMillis
                    + " ms after the outage ended, after " + attempts + " attempts (" + rig.proxy.refusedConnections()
                    + " connections refused); " + patient.size() + " appends with a 60 s deadline written once each, "
                    + hasty.size() + " with a 2 s deadline timed out");
        }
    }

    /** One batch of appends, each its own event with its own id. */
    private static void append(FaultRig rig, String stream, AppendOptions options, List<UUID> ids,
                               List<CompletableFuture<WriteResult>> futures) {
        int count = options == PATIENT ? PER_BATCH : PER_BATCH / 2;
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            futures.add(rig.client.append(stream, List.of(EventData.json("during", "{}").withEventId(id)), options));
        }
    }

    /** The attempts to reconnect the client announced since {@code sinceNanos}. */
    private static long attemptsSince(FaultRig rig, long sinceNanos) {
        return rig.lifecycle.events.stream().filter(e -> e.kind().equals("reconnecting") && e.atNanos() - sinceNanos >= 0).count();
    }

    private static Throwable failure(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(15, TimeUnit.SECONDS);
            throw new AssertionError("expected the append to fail");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the append did not end", e);
        }
    }
}
