package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.extreme.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster for DNS discovery: one gossip port, an address per node, and a restart keeps both. */
class SameGossipPortTest {
    @Test
    void everyNodeServesGossipOnOnePortOnItsOwnAddress() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).sameGossipPort().start()) {
            List<Endpoint> seeds = cluster.gossipSeeds();

            assertThat(seeds).extracting(Endpoint::port).containsOnly(seeds.get(0).port());
            assertThat(seeds).extracting(Endpoint::host).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
            for (ClusterNode node : cluster.nodes()) {
                JsonNode gossip = GossipClient.fetch(node.gossipEndpoint());
                assertThat(gossip.get("serverIp").asText()).isEqualTo(node.gossipEndpoint().host());
                assertThat(gossip.get("members")).hasSize(3);
            }
        }
    }

    @Test
    void aRestartedNodeServesOnTheSamePortAgain() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).sameGossipPort().start()) {
            Endpoint before = cluster.node(1).gossipEndpoint();
            cluster.kill(1);
            cluster.restart(1);

            assertThat(cluster.node(1).gossipEndpoint()).isEqualTo(before);
            assertThat(GossipClient.fetch(before).get("members")).hasSize(2);
        }
    }
}
