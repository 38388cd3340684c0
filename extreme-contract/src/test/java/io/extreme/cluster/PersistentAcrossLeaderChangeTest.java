package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.NodePreference;
import io.extreme.PersistentConnectOptions;
import io.extreme.contract.Await;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.reliability.Figures;
import io.extreme.reliability.Lifecycles;
import io.extreme.subscription.DropReason;
import io.extreme.testkit.cluster.SimulatedCluster;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Persistent subscriptions live on the master: a consumer follows the master across a leader
 * change (its reconnect meets NotReady during the election, then the new master), and a
 * read-mode client with background gossip stays on the master its consumer needs instead of
 * being moved back to a follower.
 */
class PersistentAcrossLeaderChangeTest {
    private static final int EVENTS = 1_000;

    @Test
    void aConsumerGetsEveryEventAcrossTheLeaderChangeWithoutADrop() throws Exception {
        try (ClusterUnderTest cluster = ClusterUnderTest.start()) {
            cluster.assumeMasterCanBeStopped();
            String stream = "persistent-leader-change-" + UUID.randomUUID();
            Set<UUID> got = ConcurrentHashMap.newKeySet();
            List<String> drops = new CopyOnWriteArrayList<>();
            try (ExtremeClient consumerClient = Extreme.connect(cluster.client("persistent-consumer").build());
                 ExtremeClient writer = Extreme.connect(cluster.client("persistent-writer").maxQueueSize(EVENTS)
                         .maxOperationRetries(10_000).operationTimeout(Duration.ofSeconds(60)).build())) {
                ClusterReads.get(consumerClient.createPersistentSubscription(stream, "billing",
                        PersistentSubscriptionSettings.defaults().withStartFrom(0)));
                PersistentSubscription consumer = ClusterReads.get(consumerClient.connectToPersistentSubscription(stream, "billing", PersistentConnectOptions.DEFAULTS.withBufferSize(50), recorder(got, drops)));
                long killedAt = 0;
                for (int i = 0; i < EVENTS; i++) {
                    if (i == EVENTS / 2) {
                        Await.until("a quarter delivered before the kill", 30, () -> got.size() >= EVENTS / 4);
                        killedAt = System.nanoTime();
                        cluster.killMaster();
                    }
                    ClusterReads.get(writer.append(stream, EventData.json("billed", "{\"n\":" + i + "}")));
                }
                Await.until("every event delivered", 60, () -> got.size() == EVENTS || !drops.isEmpty());
                long millis = (System.nanoTime() - killedAt) / 1_000_000;
                consumer.close();

                assertThat(drops).as("drops before close").isEmpty();
                assertThat(got).hasSize(EVENTS);
                Figures.report("Persistent consumer across a leader change (" + cluster + ")", EVENTS
                        + " events, each delivered, no drop; all delivered " + millis + " ms after the kill");
            }
        }
    }

    @Test
    void aReadModeClientWithBackgroundGossipStaysOnTheMasterItsConsumerNeeds() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3)) {
            String stream = "read-mode-persistent-" + UUID.randomUUID();
            Lifecycles lifecycle = new Lifecycles();
            Set<UUID> got = ConcurrentHashMap.newKeySet();
            List<String> drops = new CopyOnWriteArrayList<>();
            try (ExtremeClient client = Extreme.connect(new SimulatedTarget(cluster).client("read-mode-consumer")
                    .nodePreference(NodePreference.FOLLOWER).requireMaster(false)
                    .backgroundGossip(Duration.ofMillis(50)).connectionListener(lifecycle).build())) {
                ClusterReads.get(client.createPersistentSubscription(stream, "reports",
                        PersistentSubscriptionSettings.defaults().withStartFrom(0)));
                PersistentSubscription consumer = ClusterReads.get(client.connectToPersistentSubscription(stream, "reports", recorder(got, drops)));
                int gossipBefore = gossipAnswers(cluster);
                ClusterReads.get(client.append(stream, EventData.json("report", "{}")));

                Await.until("ten background gossip rounds and the event", 30,
                        () -> gossipAnswers(cluster) >= gossipBefore + 10 && got.size() == 1);
                consumer.close();

                assertThat(drops).isEmpty();
                assertThat(lifecycle.events).filteredOn(e -> e.kind().equals("connected"))
                        .extracting(Lifecycles.Event::node).as("a follower, then the master for the consumer, and no more")
                        .hasSizeLessThanOrEqualTo(2).last().isEqualTo(cluster.node(0).tcpEndpoint());
            }
        }
    }

    private static int gossipAnswers(SimulatedCluster cluster) {
        return cluster.nodes().stream().mapToInt(node -> node.gossipAnswers()).sum();
    }

    private static PersistentSubscriptionListener recorder(Set<UUID> got, List<String> drops) {
        return new PersistentSubscriptionListener() {
            @Override
            public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) {
                got.add(event.event().eventId());
            }

            @Override
            public void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
                if (reason != DropReason.UNSUBSCRIBED) {
                    drops.add(reason + ": " + cause);
                }
            }
        };
    }
}
