package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.server.WireSession;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kills, restarts and forced elections, seen in gossip as on a real 4.1.4 cluster (PROTOCOL.md §12). */
class LeaderChangeTest {
    private static final Duration ELECTION = Duration.ofMillis(200);

    private final SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).electionDelay(ELECTION).start();

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void aKilledMasterIsDeadInGossipAndANewMasterFollowsTheElectionDelay() throws Exception {
        ClusterNode old = cluster.master().orElseThrow();
        UUID oldInstance = old.instanceId();
        long killedAt = System.nanoTime();
        cluster.kill(old.index());

        // Right after the kill: no master, the dead one keeps its last state.
        assertThat(cluster.master()).isEmpty();
        JsonNode during = GossipClient.fetch(cluster.node(1).gossipEndpoint());
        JsonNode deadMember = GossipClient.member(during, old);
        assertThat(deadMember.get("isAlive").asBoolean()).isFalse();
        assertThat(deadMember.get("state").asText()).isEqualTo("Master");
        assertThat(deadMember.get("instanceId").asText()).isEqualTo(oldInstance.toString());

        ClusterNode elected = cluster.awaitMaster(Await.DEADLINE);
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isGreaterThanOrEqualTo(ELECTION);
        assertThat(elected).isNotSameAs(old);
        Await.until("every live node's gossip names the new master", () -> {
            for (ClusterNode node : cluster.nodes()) {
                if (node.isAlive() && !"Master".equals(state(node, elected))) {
                    return false;
                }
            }
            return true;
        });
        JsonNode after = GossipClient.fetch(elected.gossipEndpoint());
        assertThat(GossipClient.member(after, old).get("isAlive").asBoolean()).isFalse();
        long masters = 0;
        for (JsonNode member : after.get("members")) {
            masters += member.get("isAlive").asBoolean() && "Master".equals(member.get("state").asText()) ? 1 : 0;
        }
        assertThat(masters).isOne();
        assertThat(GossipClient.member(after, elected).get("epochNumber").asInt()).isEqualTo(1);
    }

    @Test
    void survivorsShowPreReplicaDuringTheElection() throws Exception {
        // The default delay, as measured: PreReplica from 0.5 s, a master at 1 s; a window wide enough to see.
        try (SimulatedCluster slow = SimulatedCluster.start(3)) {
            slow.kill(0);
            Await.until("a survivor shows PreReplica", () -> "PreReplica".equals(state(slow.node(1), slow.node(2))),
                    slow::nodes);
            assertThat(slow.master()).isEmpty();
            assertThat(slow.awaitMaster(Await.DEADLINE)).isSameAs(slow.node(1));
            assertThat(state(slow.node(2), slow.node(2))).isEqualTo("Slave");
        }
    }

    @Test
    void aKilledNodeClosesItsConnectionsAndPorts() throws Exception {
        ClusterNode slave = cluster.node(2);
        try (WireSession session = WireSession.connect(slave.tcpEndpoint())) {
            UUID ping = session.sendControl(TcpCommand.PING, null);
            session.expectControl(ping, TcpCommand.PONG);

            cluster.kill(2);

            assertThat(readUntilClosed(session)).isTrue();
        }
        assertThat(refusesConnections(slave)).isTrue();
        // A slave's death elects nobody.
        assertThat(cluster.master()).contains(cluster.node(0));
        assertThat(GossipClient.member(GossipClient.fetch(cluster.node(0).gossipEndpoint()), slave)
                .get("isAlive").asBoolean()).isFalse();
    }

    @Test
    void aRestartedNodeHasANewInstanceIdAndShowsCloneThenSlave() throws Exception {
        ClusterNode node = cluster.node(1);
        UUID before = node.instanceId();
        cluster.kill(1);
        cluster.restart(1);

        assertThat(node.instanceId()).isNotEqualTo(before);
        assertThat(node.state()).isEqualTo(NodeState.CLONE);
        assertThat(node.isAlive()).isTrue();
        JsonNode member = GossipClient.member(GossipClient.fetch(node.gossipEndpoint()), node);
        assertThat(member.get("instanceId").asText()).isEqualTo(node.instanceId().toString());
        assertThat(member.get("isAlive").asBoolean()).isTrue();
        Await.until("the restarted node turns Slave", () -> "Slave".equals(state(cluster.node(0), node)),
                node::state);
        try (WireSession session = WireSession.connect(node.tcpEndpoint())) {
            UUID ping = session.sendControl(TcpCommand.PING, null);
            session.expectControl(ping, TcpCommand.PONG);
        }
    }

    @Test
    void restartingAWholeDeadClusterElectsAgain() throws Exception {
        cluster.kill(0);
        cluster.kill(1);
        cluster.kill(2);
        cluster.restart(2);
        assertThat(cluster.awaitMaster(Await.DEADLINE)).isSameAs(cluster.node(2));
    }

    @Test
    void aForcedElectionMovesTheMasterAtOnce() throws Exception {
        cluster.forceElection(2);

        assertThat(cluster.master()).contains(cluster.node(2));
        JsonNode gossip = GossipClient.fetch(cluster.node(1).gossipEndpoint());
        assertThat(GossipClient.member(gossip, cluster.node(2)).get("state").asText()).isEqualTo("Master");
        assertThat(GossipClient.member(gossip, cluster.node(0)).get("state").asText()).isEqualTo("Slave");
    }

    /** {@code subject}'s state in the gossip of {@code asked}. */
    private static String state(ClusterNode asked, ClusterNode subject) throws IOException {
        return GossipClient.member(GossipClient.fetch(asked.gossipEndpoint()), subject).get("state").asText();
    }

    /** Reads until the server closes the connection; the wire client's deadline fails a hang. */
    private static boolean readUntilClosed(WireSession session) {
        try {
            while (true) {
                session.read();
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException closed) {
            return true;
        }
    }

    private static boolean refusesConnections(ClusterNode node) throws IOException {
        try (Socket socket = new Socket(node.tcpEndpoint().host(), node.tcpEndpoint().port())) {
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }
}
