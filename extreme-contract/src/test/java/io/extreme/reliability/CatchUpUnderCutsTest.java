package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.SubscriptionOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A catch-up subscription over 20,000 events (half written before it starts, half while it
 * runs) through a proxy that cuts the connection at least 20 times: every event reaches the
 * handler exactly once, in order, and the handler hears one drop, at the end.
 */
class CatchUpUnderCutsTest {
    private static final int BEFORE = 10_000;
    private static final int DURING = 10_000;
    private static final int MIN_CUTS = 20;

    static List<EventData> batch(String type, int count) {
        List<EventData> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(EventData.json(type, "{}"));
        }
        return events;
    }

    @Test
    void everyEventExactlyOnceInOrderWhateverTheCuts() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b.maxOperationRetries(1_000).operationTimeout(Duration.ofSeconds(30)))) {
            String stream = FaultRig.stream("catch-up-under-cuts");
            for (int written = 0; written < BEFORE; written += 500) {
                FaultRig.get(rig.direct.append(stream, batch("before", 500)));
            }
            List<Long> seen = new CopyOnWriteArrayList<>();
            List<DropReason> drops = new CopyOnWriteArrayList<>();
            long started = System.nanoTime();
            CatchUpSubscription subscription = rig.client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS, new SubscriptionListener() {
                        @Override
                        public void onEvent(Subscription s, ResolvedEvent event) {
                            seen.add(event.originalEventNumber());
                        }

                        @Override
                        public void onDropped(Subscription s, DropReason reason, Throwable cause) {
                            drops.add(reason);
                        }
                    }).join();
            rig.proxy.cutRandomly(Duration.ofMillis(40), Duration.ofMillis(150), new Random(7));
            for (int written = 0; written < DURING; written += 50) {
                FaultRig.get(rig.direct.append(stream, batch("during", 50)));
                // Pace the writer over about five seconds of cuts.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
            }
            FaultRig.await("all events and " + MIN_CUTS + " cuts", 120,
                    () -> seen.size() >= BEFORE + DURING && rig.proxy.cuts() >= MIN_CUTS);
            rig.proxy.stopCutting();
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            int cuts = rig.proxy.cuts();
            // Anything more than the 20,000 would be a duplicate; give it a moment to show by writing a marker.
            FaultRig.get(rig.direct.append(stream, batch("marker", 1)));
            FaultRig.await("the marker", 30, () -> seen.size() >= BEFORE + DURING + 1);

            assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(0, BEFORE + DURING).boxed().toList());
            assertThat(drops).as("no drop while it ran").isEmpty();
            assertThat(subscription.isActive()).isTrue();
            subscription.close();
            FaultRig.await("the drop", 15, () -> !drops.isEmpty());
            assertThat(drops).containsExactly(DropReason.UNSUBSCRIBED);
            Figures.report("Catch-up over 20,000 events under cuts (40-150 ms)", (BEFORE + DURING) + " events, each once, in order; "
                    + cuts + " cuts survived, " + rig.lifecycle.count("connected") + " connections, " + elapsedMillis + " ms");
        }
    }
}
