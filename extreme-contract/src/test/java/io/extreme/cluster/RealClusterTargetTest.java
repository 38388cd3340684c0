package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.testkit.cluster.SimulatedCluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The real-cluster target reads gossip and stops the master over HTTP only, so it is tried here
 * against the simulated cluster's HTTP endpoints (which serve gossip and {@code /admin/shutdown}
 * as a 4.1.4 node does): what the cluster tests would do to a real cluster, short of the cluster.
 */
class RealClusterTargetTest {
    @Test
    void findsTheMasterAndTheFollowersByGossipAndStopsTheMasterOverHttp() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().electionDelay(Duration.ofMillis(200)).start();
             RealClusterTarget target = new RealClusterTarget(cluster.gossipSeeds())) {
            Endpoint master = target.awaitMaster();
            assertThat(master).isEqualTo(cluster.node(0).tcpEndpoint());
            assertThat(target.isFollower(cluster.node(1).tcpEndpoint())).isTrue();
            assertThat(target.isFollower(master)).isFalse();
            target.assumeMasterCanBeStopped(); // 3 of 3 alive: stopping one keeps a quorum

            assertThat(target.killMaster()).isEqualTo(master);

            assertThat(target.awaitMaster()).isEqualTo(cluster.awaitMaster(Duration.ofSeconds(5)).tcpEndpoint())
                    .isNotEqualTo(master);
            assertThat(cluster.node(0).isAlive()).isFalse();
        }
    }

    @Test
    void aClusterThatWouldLoseItsQuorumSkipsTheTestInsteadOfFailingIt() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().electionDelay(Duration.ofMillis(200)).start();
             RealClusterTarget target = new RealClusterTarget(cluster.gossipSeeds())) {
            cluster.kill(2);

            assertThatThrownBy(target::assumeMasterCanBeStopped).isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("1 of 3 nodes");
        }
    }
}
