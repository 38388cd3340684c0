package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;
import io.extreme.testkit.EmbeddedEventStore;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TCP server over a real loopback socket: what a real 4.1.4 answers, byte for byte. */
class TcpServerTest {
    private static final ProtocolCodec CODEC = new V4CodecProvider().codec();
    private static EmbeddedEventStore store;

    @BeforeAll
    static void start() {
        store = EmbeddedEventStore.start();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static WireClient connect() throws Exception {
        return new WireClient(store.endpoint());
    }

    @Test
    void listensOnLoopback() {
        assertThat(store.endpoint().host()).isEqualTo("127.0.0.1");
        assertThat(store.endpoint().port()).isPositive();
    }

    @Test
    void answersAHeartbeatRequestWithTheSameId() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(Frames.heartbeatRequest(id));
            Frame reply = client.read();
            assertThat(reply.command()).isEqualTo(TcpCommand.HEARTBEAT_RESPONSE);
            assertThat(reply.correlationId()).isEqualTo(id);
            assertThat(reply.payload()).isEmpty();
        }
    }

    @Test
    void echoesThePayloadOfPing() throws Exception {
        try (WireClient client = connect()) {
            UUID text = UUID.randomUUID();
            UUID binary = UUID.randomUUID();
            UUID empty = UUID.randomUUID();
            client.send(Frames.ping(text, "hello"));
            client.send(Frames.command(TcpCommand.PING, binary, "00ff10807f"));
            client.send(Frame.of(TcpCommand.PING, empty, null));
            assertReply(client.read(), TcpCommand.PONG, text, "hello");
            Frame pong = client.read();
            assertThat(pong.correlationId()).isEqualTo(binary);
            assertThat(pong.payload()).isEqualTo(HexFormat.of().parseHex("00ff10807f"));
            assertReply(client.read(), TcpCommand.PONG, empty, "");
        }
    }

    @Test
    void echoesAPingLargerThanItsBuffersAndKeepsOrder() throws Exception {
        try (WireClient client = connect()) {
            byte[] large = new byte[4 * 1024 * 1024 + 3];
            for (int i = 0; i < large.length; i++) {
                large[i] = (byte) i;
            }
            UUID big = UUID.randomUUID();
            UUID small = UUID.randomUUID();
            client.send(Frame.of(TcpCommand.PING, big, large));
            client.send(Frames.ping(small, "after"));
            Frame pong = client.read();
            assertThat(pong.correlationId()).isEqualTo(big);
            assertThat(pong.payload()).isEqualTo(large);
            assertReply(client.read(), TcpCommand.PONG, small, "after");
        }
    }

    @Test
    void authenticatesAdmin() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(Frames.authenticate(id, Frames.ADMIN));
            assertReply(client.read(), TcpCommand.AUTHENTICATED, id, "");
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "as admin"));
            assertReply(client.read(), TcpCommand.PONG, ping, "as admin");
        }
    }

    @Test
    void refusesAuthenticateWithoutCredentials() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(Frame.of(TcpCommand.AUTHENTICATE, id, null));
            assertReply(client.read(), TcpCommand.NOT_AUTHENTICATED, id, "No user credentials provided.");
        }
    }

    @Test
    void aFailedAuthenticateLeavesTheConnectionFailed() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(Frames.authenticate(id, UserCredentials.of("admin", "wrong")));
            assertReply(client.read(), TcpCommand.NOT_AUTHENTICATED, id, "Unauthorized");
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "p"));
            assertReply(client.read(), TcpCommand.NOT_AUTHENTICATED, ping, "Not Authenticated");
            // Heartbeats bypass authentication; a frame's own good credentials still work.
            UUID heartbeat = UUID.randomUUID();
            client.send(Frames.heartbeatRequest(heartbeat));
            assertReply(client.read(), TcpCommand.HEARTBEAT_RESPONSE, heartbeat, "");
            UUID asAdmin = UUID.randomUUID();
            client.send(Frame.of(TcpCommand.PING, asAdmin, Frames.ADMIN, "x".getBytes()));
            assertReply(client.read(), TcpCommand.PONG, asAdmin, "x");
            // A later successful Authenticate replaces the failed default user.
            UUID again = UUID.randomUUID();
            client.send(Frames.authenticate(again, Frames.ADMIN));
            assertReply(client.read(), TcpCommand.AUTHENTICATED, again, "");
            client.send(Frames.ping(ping, "p"));
            assertReply(client.read(), TcpCommand.PONG, ping, "p");
        }
    }

    @Test
    void refusesBadCredentialsOfOneFrameAndStaysUsable() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(Frame.of(TcpCommand.PING, id, UserCredentials.of("nobody", "changeit"), "p".getBytes()));
            assertReply(client.read(), TcpCommand.NOT_AUTHENTICATED, id, "Not Authenticated");
            UUID next = UUID.randomUUID();
            client.send(Frames.ping(next, "still open"));
            assertReply(client.read(), TcpCommand.PONG, next, "still open");
        }
    }

    @Test
    void identifiesVersionOneClientsAgainAndAgain() throws Exception {
        try (WireClient client = connect()) {
            for (int version : new int[] {1, 1, 0}) {
                UUID id = UUID.randomUUID();
                client.send(Frames.identifyClient(id, version));
                assertReply(client.read(), TcpCommand.CLIENT_IDENTIFIED, id, "");
            }
        }
    }

    @Test
    void passesRequestsToTheEngine() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(CODEC.encode(id, null, Frames.writeOneEvent("engine-" + id)));
            Frame reply = client.read();
            assertThat(reply.correlationId()).isEqualTo(id);
            assertThat(CODEC.decode(reply)).isInstanceOfSatisfying(WriteEventsCompleted.class,
                    completed -> assertThat(completed.result()).isEqualTo(OperationResult.SUCCESS));
        }
    }

    @Test
    void answersAHundredPipelinedRequestsInOrder() throws Exception {
        try (WireClient client = connect()) {
            String stream = "pipelined-" + UUID.randomUUID();
            List<UUID> ids = new ArrayList<>();
            ByteArrayOutputStream burst = new ByteArrayOutputStream();
            for (int i = 0; i < 100; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                Frame frame = i % 2 == 0
                        ? Frames.ping(id, "ping " + i)
                        : CODEC.encode(id, null, Frames.writeOneEvent(stream));
                burst.write(FrameFormat.toBytes(frame));
            }
            client.sendRaw(burst.toByteArray()); // one write: the server sees them pipelined
            long expectedEventNumber = 0;
            for (int i = 0; i < 100; i++) {
                Frame reply = client.read();
                assertThat(reply.correlationId()).as("reply %d", i).isEqualTo(ids.get(i));
                if (i % 2 == 0) {
                    assertReply(reply, TcpCommand.PONG, ids.get(i), "ping " + i);
                } else {
                    WriteEventsCompleted completed = (WriteEventsCompleted) CODEC.decode(reply);
                    assertThat(completed.result()).isEqualTo(OperationResult.SUCCESS);
                    assertThat(completed.firstEventNumber()).isEqualTo(expectedEventNumber++);
                }
            }
        }
    }


    static void assertReply(Frame reply, int command, UUID id, String text) {
        assertThat(reply.commandName()).isEqualTo(TcpCommand.nameOf(command));
        assertThat(reply.correlationId()).isEqualTo(id);
        assertThat(reply.flags()).isZero();
        assertThat(Frames.text(reply)).isEqualTo(text);
    }
}
