package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.UserCredentials;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.WriteEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * {@link WireClient} and {@link Frames} for tests outside this package: sends requests as the
 * v4 codec encodes them and reads the replies back decoded. Every read has the wire client's
 * deadline; the server's own HeartbeatRequests are answered and skipped, so a slow test does
 * not see them.
 */
public final class WireSession implements AutoCloseable {
    public static final UserCredentials ADMIN = Frames.ADMIN;
    private static final ProtocolCodec CODEC = new V4CodecProvider().codec();

    private final WireClient client;

    private WireSession(WireClient client) {
        this.client = client;
    }

    public static WireSession connect(Endpoint endpoint) throws IOException {
        return new WireSession(new WireClient(endpoint));
    }

    /** A write of one small event, any expected version. */
    public static WriteEvents writeOneEvent(String stream, boolean requireMaster) {
        NewEvent event = new NewEvent(UUID.randomUUID(), "type", 0, 0, "1".getBytes(StandardCharsets.UTF_8), null);
        return new WriteEvents(stream, -2, List.of(event), requireMaster);
    }

    /** Sends {@code request} without credentials under a new correlation id, which it returns. */
    public UUID send(Message request) throws IOException {
        return send(request, null);
    }

    public UUID send(Message request, UserCredentials credentials) throws IOException {
        UUID id = UUID.randomUUID();
        client.send(CODEC.encode(id, credentials, request));
        return id;
    }

    /** Sends a frame of the connection's own (Ping, heartbeat, Authenticate, IdentifyClient...). */
    public UUID sendControl(int command, UserCredentials credentials) throws IOException {
        UUID id = UUID.randomUUID();
        byte[] payload = command == TcpCommand.IDENTIFY_CLIENT ? Frames.identifyClient(id, 1).payload() : null;
        client.send(Frame.of(command, id, credentials, payload));
        return id;
    }

    /** The next frame but the server's HeartbeatRequests. */
    public Frame read() throws IOException {
        while (true) {
            Frame frame = client.read();
            if (frame.command() != TcpCommand.HEARTBEAT_REQUEST) {
                return frame;
            }
            client.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
        }
    }

    /** Reads the next frame and checks it answers {@code id} with a {@code type}, which it returns. */
    public <T extends Message> T expect(UUID id, Class<T> type) throws IOException {
        Frame frame = read();
        Message message = CODEC.decode(frame);
        assertThat(message).as("reply to %s", id).isInstanceOf(type);
        assertThat(frame.correlationId()).as("correlation id of %s", message).isEqualTo(id);
        return type.cast(message);
    }

    /** Reads the next frame and checks it is the command {@code command} for {@code id}. */
    public void expectControl(UUID id, int command) throws IOException {
        Frame frame = read();
        assertThat(frame.commandName()).isEqualTo(TcpCommand.nameOf(command));
        assertThat(frame.correlationId()).isEqualTo(id);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
