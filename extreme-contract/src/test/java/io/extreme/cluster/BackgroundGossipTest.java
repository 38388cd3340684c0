package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.reliability.Lifecycles;
import io.extreme.testkit.cluster.SimulatedCluster;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A master change while the old master stays up (an election it lost): with background gossip
 * the client moves to the new master before any write is refused; without it, the first write
 * after the change is answered NotMaster and the client follows the answer.
 */
class BackgroundGossipTest {
    @Test
    void withBackgroundGossipTheClientMovesBeforeAWriteIsRefused() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3)) {
            Lifecycles lifecycle = new Lifecycles();
            try (ExtremeClient client = Extreme.connect(new SimulatedTarget(cluster).client("background-gossip")
                    .backgroundGossip(Duration.ofMillis(100)).connectionListener(lifecycle).build())) {
                String stream = "background-gossip-" + UUID.randomUUID();
                ClusterReads.get(client.append(stream, EventData.json("on-0", "{}")));
                long changed = System.nanoTime();
                cluster.forceElection(1);

                lifecycle.await("connected", changed, e -> e.node().equals(cluster.node(1).tcpEndpoint()));
                ClusterReads.get(client.append(stream, EventData.json("on-1", "{}")));

                assertThat(cluster.node(0).notMasterAnswers()).as("writes refused by the old master").isZero();
            }
        }
    }

    @Test
    void withoutItTheFirstWriteAfterTheChangeFollowsTheNotMasterAnswer() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3)) {
            Lifecycles lifecycle = new Lifecycles();
            try (ExtremeClient client = Extreme.connect(new SimulatedTarget(cluster).client("no-background-gossip")
                    .connectionListener(lifecycle).build())) {
                String stream = "no-background-gossip-" + UUID.randomUUID();
                ClusterReads.get(client.append(stream, EventData.json("on-0", "{}")));
                long changed = System.nanoTime();
                cluster.forceElection(1);
                ClusterReads.get(client.append(stream, EventData.json("on-1", "{}")));

                assertThat(cluster.node(0).notMasterAnswers()).isEqualTo(1);
                assertThat(lifecycle.await("connected", changed).node()).isEqualTo(cluster.node(1).tcpEndpoint());
                assertThat(ClusterReads.get(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events())
                        .extracting(e -> e.event().eventType()).containsExactly("on-0", "on-1");
            }
        }
    }
}
