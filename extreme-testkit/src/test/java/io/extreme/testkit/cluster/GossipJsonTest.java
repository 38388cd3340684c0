package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gossip JSON of a simulated cluster has the shape of a real node's (PROTOCOL.md §5.2, §12). */
class GossipJsonTest {
    private static final List<String> V4_MEMBER_FIELDS = List.of("instanceId", "timeStamp", "state", "isAlive",
            "internalTcpIp", "internalTcpPort", "internalSecureTcpPort", "externalTcpIp", "externalTcpPort",
            "externalSecureTcpPort", "internalHttpIp", "internalHttpPort", "externalHttpIp", "externalHttpPort",
            "lastCommitPosition", "writerCheckpoint", "chaserCheckpoint", "epochPosition", "epochNumber", "epochId",
            "nodePriority");
    private static final List<String> V20_MEMBER_FIELDS = List.of("instanceId", "timeStamp", "state", "isAlive",
            "internalTcpIp", "internalTcpPort", "internalSecureTcpPort", "externalTcpIp", "externalTcpPort",
            "externalSecureTcpPort", "httpEndPointIp", "httpEndPointPort", "lastCommitPosition", "writerCheckpoint",
            "chaserCheckpoint", "epochPosition", "epochNumber", "epochId", "nodePriority", "isReadOnlyReplica");

    @Test
    void v4GossipHasEveryFieldOfA414Node() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3)) {
            ClusterNode asked = cluster.node(1);
            JsonNode gossip = GossipClient.fetch(asked.gossipEndpoint());

            assertThat(GossipClient.fieldNames(gossip)).containsExactly("members", "serverIp", "serverPort");
            assertThat(gossip.get("serverIp").asText()).isEqualTo(asked.gossipEndpoint().host());
            assertThat(gossip.get("serverPort").asInt()).isEqualTo(asked.gossipEndpoint().port());
            assertThat(gossip.get("members")).hasSize(3);
            Set<String> instanceIds = new HashSet<>();
            for (ClusterNode node : cluster.nodes()) {
                JsonNode member = GossipClient.member(gossip, node);
                assertThat(GossipClient.fieldNames(member)).containsExactlyElementsOf(V4_MEMBER_FIELDS);
                assertThat(member.get("isAlive").isBoolean()).isTrue();
                assertThat(member.get("isAlive").asBoolean()).isTrue();
                assertThat(member.get("externalHttpIp").asText()).isEqualTo(node.gossipEndpoint().host());
                assertThat(member.get("externalHttpPort").asInt()).isEqualTo(node.gossipEndpoint().port());
                assertThat(member.get("externalSecureTcpPort").asInt()).isZero();
                assertThat(member.get("instanceId").asText()).isEqualTo(node.instanceId().toString());
                assertThat(member.get("epochNumber").isInt()).isTrue();
                assertThat(member.get("writerCheckpoint").isIntegralNumber()).isTrue();
                String timeStamp = member.get("timeStamp").asText();
                assertThat(timeStamp).endsWith("Z").matches(".*T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}Z");
                assertThat(Instant.parse(timeStamp)).isBefore(Instant.now().plusSeconds(1));
                instanceIds.add(member.get("instanceId").asText());
            }
            assertThat(instanceIds).hasSize(3);
            assertThat(GossipClient.member(gossip, cluster.node(0)).get("state").asText()).isEqualTo("Master");
            assertThat(GossipClient.member(gossip, cluster.node(2)).get("state").asText()).isEqualTo("Slave");
        }
    }

    @Test
    void v20GossipUsesLeaderFollowerAndOneHttpEndpoint() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).namingEra(NamingEra.V20).start()) {
            JsonNode gossip = GossipClient.fetch(cluster.node(0).gossipEndpoint());

            JsonNode leader = GossipClient.member(gossip, cluster.node(0));
            JsonNode follower = GossipClient.member(gossip, cluster.node(1));
            assertThat(GossipClient.fieldNames(leader)).containsExactlyElementsOf(V20_MEMBER_FIELDS);
            assertThat(leader.get("state").asText()).isEqualTo("Leader");
            assertThat(follower.get("state").asText()).isEqualTo("Follower");
            assertThat(follower.get("httpEndPointIp").asText()).isEqualTo(cluster.node(1).gossipEndpoint().host());
            assertThat(follower.get("httpEndPointPort").asInt()).isEqualTo(cluster.node(1).gossipEndpoint().port());
            assertThat(follower.get("isReadOnlyReplica").asBoolean()).isFalse();
        }
    }

    @Test
    void gossipAnswersWithAndWithoutFormatAndNothingElse() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(1)) {
            ClusterNode node = cluster.node(0);
            assertThat(GossipClient.fetch(node.gossipEndpoint(), "/gossip").get("members")).hasSize(1);
            assertThat(GossipClient.status(node.gossipEndpoint(), "/gossip?format=json")).isEqualTo(200);
            assertThat(GossipClient.status(node.gossipEndpoint(), "/gossipx")).isEqualTo(404);
            assertThat(GossipClient.status(node.gossipEndpoint(), "/stats")).isEqualTo(404);
        }
    }

    @Test
    void nodesListenOnLoopbackAddressesOfTheirOwn() {
        try (SimulatedCluster cluster = SimulatedCluster.start(3)) {
            assertThat(cluster.gossipSeeds()).hasSize(3).doesNotHaveDuplicates();
            for (ClusterNode node : cluster.nodes()) {
                String host = node.tcpEndpoint().host();
                // 127.0.0.(i+1) where the system lets us bind it (Linux does), else all on 127.0.0.1.
                assertThat(host).isIn("127.0.0." + (node.index() + 1), "127.0.0.1");
                assertThat(node.gossipEndpoint().host()).isEqualTo(host);
            }
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> SimulatedCluster.builder().nodes(8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodes must be between 1 and 7");
        assertThatThrownBy(() -> SimulatedCluster.builder().nodes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodes");
        assertThatThrownBy(() -> SimulatedCluster.builder().electionDelay(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("electionDelay");
        assertThatThrownBy(() -> SimulatedCluster.builder().protocol(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("protocol must be 3 or 4");
        assertThatThrownBy(() -> SimulatedCluster.builder().namingEra(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namingEra");
        assertThatThrownBy(() -> NodeState.READ_ONLY_REPLICA.nameIn(NamingEra.V4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V4");
        try (SimulatedCluster cluster = SimulatedCluster.start(1)) {
            assertThatThrownBy(() -> cluster.node(1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 0, was 1");
            assertThatThrownBy(() -> cluster.restart(0))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("kill it before restarting");
        }
    }
}
