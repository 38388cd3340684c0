package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.contract.Await;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.reliability.Figures;
import io.extreme.reliability.Lifecycles;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A catch-up subscription on the master while the master dies: its client finds the new master,
 * reads on from the last event it delivered and subscribes again, so the handler sees every
 * event of the stream exactly once, in order, and no drop.
 */
class CatchUpAcrossLeaderChangeTest {
    private static final int EVENTS = 3_000;
    private static final int BATCH = 20;

    @Test
    void theSubscriptionDeliversEveryEventOnceInOrderAcrossTheLeaderChange() throws Exception {
        try (ClusterUnderTest cluster = ClusterUnderTest.start()) {
            cluster.assumeMasterCanBeStopped();
            String stream = "catch-up-leader-change-" + UUID.randomUUID();
            Lifecycles lifecycle = new Lifecycles();
            List<Long> seen = new CopyOnWriteArrayList<>();
            List<DropReason> drops = new CopyOnWriteArrayList<>();
            try (ExtremeClient follower = Extreme.connect(cluster.client("catch-up").connectionListener(lifecycle)
                    .build());
                 ExtremeClient writer = Extreme.connect(cluster.client("catch-up-writer").maxQueueSize(EVENTS)
                         .maxOperationRetries(10_000).operationTimeout(Duration.ofSeconds(60)).build())) {
                CatchUpSubscription subscription = follower.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(CatchUpOptions.defaults().withReadBatchSize(100)), new SubscriptionListener() {
                            @Override
                            public void onEvent(Subscription s, ResolvedEvent event) {
                                seen.add(event.event().eventNumber());
                            }

                            @Override
                            public void onDropped(Subscription s, DropReason reason, Throwable cause) {
                                drops.add(reason);
                            }
                        }).join();
                long killedAt = 0;
                for (int n = 0; n < EVENTS; n += BATCH) {
                    if (n == EVENTS / 2) {
                        Await.until("a quarter of the events delivered before the kill", 30, () -> seen.size() >= EVENTS / 4);
                        killedAt = System.nanoTime();
                        cluster.killMaster();
                    }
                    List<EventData> batch = new ArrayList<>();
                    for (int i = n; i < n + BATCH; i++) {
                        batch.add(EventData.json("numbered", "{\"n\":" + i + "}").withEventId(UUID.randomUUID()));
                    }
                    // One writer, appends in order: the stream's event numbers follow the batches.
                    ClusterReads.get(writer.append(stream, batch));
                }
                try {
                    Await.until("all " + EVENTS + " events delivered", 60, () -> seen.size() >= EVENTS);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; delivered " + seen.size() + ", the last "
                            + seen.subList(Math.max(0, seen.size() - 3), seen.size()) + ", drops " + drops
                            + ", client events " + lifecycle.events + ", " + cluster, e);
                }
                long caughtUpMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
                subscription.close();

                List<Long> expected = new ArrayList<>();
                for (long i = 0; i < EVENTS; i++) {
                    expected.add(i);
                }
                assertThat(seen).containsExactlyElementsOf(expected);
                assertThat(drops).as("drops before the subscription was closed").allMatch(
                        reason -> reason == DropReason.UNSUBSCRIBED);
                long killNanos = killedAt;
                assertThat(lifecycle.events).filteredOn(e -> e.kind().equals("connected") && e.atNanos() > killNanos)
                        .extracting(Lifecycles.Event::node).contains(cluster.awaitMaster());
                Figures.report("Catch-up across a leader change (" + cluster + ")", EVENTS + " events, each delivered"
                        + " once, in order, no drop; all delivered " + caughtUpMillis + " ms after the kill");
            }
        }
    }
}
