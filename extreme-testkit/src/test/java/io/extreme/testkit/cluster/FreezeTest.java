package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A frozen node keeps its connections but answers nothing; the others elect without it. */
class FreezeTest {
    private static final Duration ELECTION = Duration.ofMillis(200);
    /** How long silence must last to count as "no answer": far above a loopback round trip. */
    private static final Duration SILENCE = Duration.ofMillis(300);

    private final SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).electionDelay(ELECTION).start();

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void aFrozenMasterKeepsItsConnectionsButAnswersNothingAndIsReplaced() throws Exception {
        ClusterNode frozen = cluster.node(0);
        try (PingSocket socket = new PingSocket(frozen.tcpEndpoint())) {
            assertThat(socket.ping(Duration.ofSeconds(5))).isTrue();

            cluster.freeze(0);

            assertThat(socket.ping(SILENCE)).as("a ping to the frozen node").isFalse();
            assertThat(GossipClient.hangs(frozen.gossipEndpoint(), SILENCE)).isTrue();
            assertThat(frozen.isAlive()).isFalse();
            assertThat(frozen.isFrozen()).isTrue();
            JsonNode others = GossipClient.fetch(cluster.node(1).gossipEndpoint());
            assertThat(GossipClient.member(others, frozen).get("isAlive").asBoolean()).isFalse();
            assertThat(GossipClient.member(others, frozen).get("state").asText()).isEqualTo("Master");
            assertThat(cluster.awaitMaster(Await.DEADLINE)).isSameAs(cluster.node(1));

            cluster.unfreeze(0);

            // The same connection works again, and the old master follows the new one.
            assertThat(socket.ping(Duration.ofSeconds(5))).isTrue();
            assertThat(frozen.state()).isEqualTo(NodeState.SLAVE);
            JsonNode own = GossipClient.fetch(frozen.gossipEndpoint());
            assertThat(GossipClient.member(own, frozen).get("isAlive").asBoolean()).isTrue();
            assertThat(GossipClient.member(own, frozen).get("state").asText()).isEqualTo("Slave");
            assertThat(GossipClient.member(own, cluster.node(1)).get("state").asText()).isEqualTo("Master");
        }
    }

    @Test
    void aFrozenSlaveIsDeadInGossipWithoutAnElection() throws Exception {
        cluster.freeze(2);

        assertThat(cluster.master()).contains(cluster.node(0));
        JsonNode gossip = GossipClient.fetch(cluster.node(0).gossipEndpoint());
        assertThat(GossipClient.member(gossip, cluster.node(2)).get("isAlive").asBoolean()).isFalse();
        assertThat(GossipClient.member(gossip, cluster.node(2)).get("state").asText()).isEqualTo("Slave");

        cluster.unfreeze(2);
        assertThat(GossipClient.member(GossipClient.fetch(cluster.node(2).gossipEndpoint()), cluster.node(2))
                .get("isAlive").asBoolean()).isTrue();
    }

    @Test
    void aDeadNodeCannotBeFrozenNorElected() {
        cluster.kill(1);
        assertThatThrownBy(() -> cluster.freeze(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("node 1 is dead");
        assertThatThrownBy(() -> cluster.forceElection(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("node 1 is dead");
    }

    /** A raw socket that pings with a deadline of the caller's, to tell silence from an answer. */
    private static final class PingSocket implements AutoCloseable {
        private final Socket socket = new Socket();
        private final DataInputStream in;

        PingSocket(Endpoint endpoint) throws IOException {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 5_000);
            in = new DataInputStream(socket.getInputStream());
        }

        /** True when a Pong for a new Ping came within {@code wait}; the Ping of a silent wait stays unanswered. */
        boolean ping(Duration wait) throws IOException {
            UUID id = UUID.randomUUID();
            socket.getOutputStream().write(FrameFormat.toBytes(
                    Frame.of(TcpCommand.PING, id, "ping".getBytes(StandardCharsets.UTF_8))));
            socket.setSoTimeout((int) wait.toMillis());
            try {
                while (true) {
                    byte[] prefix = new byte[FrameFormat.LENGTH_PREFIX];
                    in.readFully(prefix);
                    int length = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN).getInt();
                    byte[] body = new byte[length];
                    in.readFully(body);
                    Frame frame = FrameFormat.read(ByteBuffer.wrap(body), length);
                    if (frame.command() == TcpCommand.PONG && frame.correlationId().equals(id)) {
                        return true;
                    }
                }
            } catch (SocketTimeoutException silence) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
