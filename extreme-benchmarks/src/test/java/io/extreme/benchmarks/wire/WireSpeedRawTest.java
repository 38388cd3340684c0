package io.extreme.benchmarks.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.TcpCommand;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wire-speed server byte by byte, over a plain socket: liveness and Ping with and without
 * credentials, BadRequest that leaves the connection open, pushes as fast as the socket takes
 * them (parsed by protobuf-java 3) up to the unsubscribe, and a bad frame length that closes.
 */
class WireSpeedRawTest {
    private static final int TIMEOUT_MILLIS = 10_000;
    private static WireSpeedServer server;

    @BeforeAll
    static void start() throws IOException {
        server = WireSpeedServer.start(new WireOptions(0, 10, 0));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void pingHeartbeatAndAnUnknownCommandAreAnsweredUnderTheirCorrelationIds() throws IOException {
        try (Socket socket = connect()) {
            send(socket, TcpCommand.PING, id(1), true, "hello".getBytes(StandardCharsets.UTF_8));
            send(socket, TcpCommand.HEARTBEAT_REQUEST, id(2), false, new byte[0]);
            send(socket, 0x55, id(3), false, new byte[0]);
            send(socket, TcpCommand.PING, id(4), false, new byte[0]);

            assertReply(read(socket), TcpCommand.PONG, id(1), "hello");
            assertReply(read(socket), TcpCommand.HEARTBEAT_RESPONSE, id(2), "");
            assertReply(read(socket), TcpCommand.BAD_REQUEST, id(3), "Could not unwrap network package for command 0x55.\n");
            assertReply(read(socket), TcpCommand.PONG, id(4), "");
        }
    }

    @Test
    void pushesComeAsFastAsTheSocketTakesThemUntilTheUnsubscribe() throws IOException {
        try (Socket socket = connect()) {
            byte[] subscribe = ClientMessages.SubscribeToStream.newBuilder()
                    .setEventStreamId("raw-live").setResolveLinkTos(false).build().toByteArray();
            send(socket, TcpCommand.SUBSCRIBE_TO_STREAM, id(7), true, subscribe);

            Reply confirmation = read(socket);
            assertThat(confirmation.command).isEqualTo(TcpCommand.SUBSCRIPTION_CONFIRMATION);
            assertThat(ClientMessages.SubscriptionConfirmation.parseFrom(confirmation.payload).getLastEventNumber()).isEqualTo(9);
            for (long expected = 10; expected < 5_010; expected++) {
                Reply push = read(socket);
                assertThat(push.command).isEqualTo(TcpCommand.STREAM_EVENT_APPEARED);
                assertThat(push.correlationId).isEqualTo(id(7));
                ClientMessages.EventRecord event = ClientMessages.StreamEventAppeared.parseFrom(push.payload).getEvent().getEvent();
                assertThat(event.getEventNumber()).isEqualTo(expected);
                assertThat(event.getEventStreamId()).isEqualTo("raw-live");
            }
            send(socket, TcpCommand.UNSUBSCRIBE_FROM_STREAM, id(7), false, new byte[0]);
            Reply reply;
            do {
                reply = read(socket);
            } while (reply.command == TcpCommand.STREAM_EVENT_APPEARED);
            assertThat(reply.command).isEqualTo(TcpCommand.SUBSCRIPTION_DROPPED);
            assertThat(ClientMessages.SubscriptionDropped.parseFrom(reply.payload).getReason())
                    .isEqualTo(ClientMessages.SubscriptionDropped.SubscriptionDropReason.Unsubscribed);
        }
    }

    @Test
    void aFrameLengthUnderTheHeaderClosesTheConnection() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(new byte[] {5, 0, 0, 0, 1, 0, 0, 0, 0});
            socket.getOutputStream().flush();
            int next;
            try {
                next = socket.getInputStream().read();
            } catch (IOException reset) {
                next = -1; // a reset is a close too
            }
            assertThat(next).isEqualTo(-1);
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static byte[] id(int n) {
        byte[] id = new byte[16];
        Arrays.fill(id, (byte) n);
        return id;
    }

    private static void send(Socket socket, int command, byte[] correlationId, boolean credentials, byte[] payload) throws IOException {
        byte[] auth = credentials ? new byte[] {5, 'a', 'd', 'm', 'i', 'n', 8, 'c', 'h', 'a', 'n', 'g', 'e', 'i', 't'} : new byte[0];
        ByteBuffer frame = ByteBuffer.allocate(4 + 18 + auth.length + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(18 + auth.length + payload.length).put((byte) command).put((byte) (credentials ? 1 : 0))
                .put(correlationId).put(auth).put(payload);
        OutputStream out = socket.getOutputStream();
        out.write(frame.array());
        out.flush();
    }

    private record Reply(int command, byte[] correlationId, byte[] payload) {
    }

    private static Reply read(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        int length = Integer.reverseBytes(in.readInt());
        byte[] frame = new byte[length];
        in.readFully(frame);
        assertThat(frame[1]).as("flags").isZero();
        return new Reply(frame[0] & 0xFF, Arrays.copyOfRange(frame, 2, 18), Arrays.copyOfRange(frame, 18, length));
    }

    private static void assertReply(Reply reply, int command, byte[] correlationId, String payload) {
        assertThat(reply.command).isEqualTo(command);
        assertThat(reply.correlationId).isEqualTo(correlationId);
        assertThat(new String(reply.payload, StandardCharsets.UTF_8)).isEqualTo(payload);
    }
}
