package io.extreme.testkit.server;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.WriteEvents;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Frames the server tests send, built by hand so that the tests show the bytes they mean. */
final class Frames {
    static final UserCredentials ADMIN = UserCredentials.of("admin", "changeit");

    private Frames() {
    }

    static Frame ping(UUID id, String text) {
        return Frame.of(TcpCommand.PING, id, text.getBytes(StandardCharsets.UTF_8));
    }

    static Frame heartbeatRequest(UUID id) {
        return Frame.of(TcpCommand.HEARTBEAT_REQUEST, id, null);
    }

    static Frame authenticate(UUID id, UserCredentials credentials) {
        return Frame.of(TcpCommand.AUTHENTICATE, id, credentials, null);
    }

    /** IdentifyClient with {@code version} and no connection name: field 1, varint. */
    static Frame identifyClient(UUID id, int version) {
        return Frame.of(TcpCommand.IDENTIFY_CLIENT, id, new byte[] {0x08, (byte) version});
    }

    static Frame command(int command, UUID id, String hexPayload) {
        return Frame.of(command, id, HexFormat.of().parseHex(hexPayload));
    }

    static WriteEvents writeOneEvent(String stream) {
        NewEvent event = new NewEvent(UUID.randomUUID(), "type", 0, 0, "1".getBytes(StandardCharsets.UTF_8), null);
        return new WriteEvents(stream, -2, List.of(event), true);
    }

    static String text(Frame frame) {
        return new String(frame.payload(), StandardCharsets.UTF_8);
    }
}
