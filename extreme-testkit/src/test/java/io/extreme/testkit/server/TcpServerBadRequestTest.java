package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TCP server's answers to what it cannot serve, over a real loopback socket: framing errors
 * and trusted writes close the connection, unknown commands and undecodable payloads do not.
 */
class TcpServerBadRequestTest {
    private static final Duration CLOSE_DEADLINE = Duration.ofSeconds(5);
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

    @ParameterizedTest
    @ValueSource(strings = {"00000000", "ffffffff", "01000004"})
    void answersABadFrameLengthWithAZeroIdBadRequestAndCloses(String lengthPrefix) throws Exception {
        try (WireClient client = connect()) {
            client.sendRaw(HexFormat.of().parseHex(lengthPrefix)); // 0, -1, 64 MiB + 1
            Frame reply = client.read();
            assertThat(reply.command()).isEqualTo(TcpCommand.BAD_REQUEST);
            assertThat(reply.correlationId()).isEqualTo(Frame.ZERO_ID);
            assertThat(Frames.text(reply)).startsWith("Invalid TCP frame received.");
            assertThat(client.closedByServer(CLOSE_DEADLINE)).isTrue();
        }
    }

    @Test
    void answersAPackageShorterThanTheHeaderWithAZeroIdBadRequestAndCloses() throws Exception {
        try (WireClient client = connect()) {
            client.sendRaw(HexFormat.of().parseHex("0500000001000000000000"));
            Frame reply = client.read();
            assertThat(reply.command()).isEqualTo(TcpCommand.BAD_REQUEST);
            assertThat(reply.correlationId()).isEqualTo(Frame.ZERO_ID);
            assertThat(client.closedByServer(CLOSE_DEADLINE)).isTrue();
        }
    }

    @Test
    void closesOnAnEmptyPasswordWithoutPayload() throws Exception {
        try (WireClient client = connect()) {
            client.send(Frames.authenticate(UUID.randomUUID(), UserCredentials.of("ops", "")));
            Frame reply = client.read();
            assertThat(reply.command()).isEqualTo(TcpCommand.BAD_REQUEST);
            assertThat(reply.correlationId()).isEqualTo(Frame.ZERO_ID);
            assertThat(client.closedByServer(CLOSE_DEADLINE)).isTrue();
        }
    }

    @Test
    void refusesTrustedWritesAndCloses() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            Frame write = CODEC.encode(id, null, Frames.writeOneEvent("trusted-" + id));
            client.send(new Frame(write.command(), Frame.FLAG_TRUSTED_WRITE, id, null, write.payload()));
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, id,
                    "Trusted writes aren't accepted over the external TCP interface");
            assertThat(client.closedByServer(CLOSE_DEADLINE)).isTrue();
        }
    }

    @Test
    void answersUnknownCommandsWithBadRequestAndStaysOpen() throws Exception {
        try (WireClient client = connect()) {
            UUID unknown = UUID.randomUUID();
            UUID internal = UUID.randomUUID();
            UUID filtered = UUID.randomUUID();
            client.send(Frames.command(0x55, unknown, "78"));
            client.send(Frames.command(0x05, internal, ""));
            client.send(Frames.command(0xBA, filtered, "08001000180a2000280030003a00"));
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, unknown, "Could not unwrap network package for command 85.\n");
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, internal,
                    "Could not unwrap network package for command PrepareAck.\n");
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, filtered, "Could not unwrap network package for command 186.\n");
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "still open"));
            TcpServerTest.assertReply(client.read(), TcpCommand.PONG, ping, "still open");
        }
    }

    @Test
    void answersAPayloadThatDoesNotDecodeWithBadRequest() throws Exception {
        try (WireClient client = connect()) {
            UUID garbage = UUID.randomUUID();
            UUID empty = UUID.randomUUID();
            client.send(Frames.command(TcpCommand.WRITE_EVENTS, garbage, "ffffffff"));
            client.send(Frames.command(TcpCommand.WRITE_EVENTS, empty, ""));
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, garbage,
                    "Could not unwrap network package for command WriteEvents.\n");
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, empty,
                    "Could not unwrap network package for command WriteEvents.\n");
        }
    }

    @Test
    void ignoresABadRequestAndAHeartbeatResponseFromTheClient() throws Exception {
        try (WireClient client = connect()) {
            client.send(Frame.of(TcpCommand.BAD_REQUEST, UUID.randomUUID(), "client says bad".getBytes()));
            client.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, UUID.randomUUID(), null));
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "next"));
            TcpServerTest.assertReply(client.read(), TcpCommand.PONG, ping, "next");
        }
    }

    @Test
    void aClientOfVersionTwoIsIdentifiedButCannotBeServed() throws Exception {
        try (WireClient client = connect()) {
            UUID id = UUID.randomUUID();
            client.send(Frames.identifyClient(id, 2));
            TcpServerTest.assertReply(client.read(), TcpCommand.CLIENT_IDENTIFIED, id, "");
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "p"));
            TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, ping,
                    "Could not unwrap network package for command Ping.\nIndex was outside the bounds of the array.");
            // Authenticate and IdentifyClient get no answer: the heartbeat's reply comes next.
            client.send(Frames.authenticate(UUID.randomUUID(), Frames.ADMIN));
            client.send(Frames.identifyClient(UUID.randomUUID(), 1));
            UUID heartbeat = UUID.randomUUID();
            client.send(Frames.heartbeatRequest(heartbeat));
            TcpServerTest.assertReply(client.read(), TcpCommand.HEARTBEAT_RESPONSE, heartbeat, "");
        }
    }
}
