package io.extreme.testkit.transcripts;

import com.google.protobuf.Descriptors.Descriptor;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.TcpCommand;
import java.util.Optional;
import java.util.Set;

/**
 * Command names as the transcripts spell them (the server's enum names, {@code 0xNN} for codes
 * it does not name) and what each command carries: a protobuf message, UTF-8 text, or raw bytes.
 */
final class Commands {
    /** Commands whose payload is raw bytes (Ping data) or empty: never a protobuf message. */
    private static final Set<Integer> RAW = Set.of(TcpCommand.HEARTBEAT_REQUEST, TcpCommand.HEARTBEAT_RESPONSE,
            TcpCommand.PING, TcpCommand.PONG, TcpCommand.AUTHENTICATE, TcpCommand.AUTHENTICATED,
            TcpCommand.CLIENT_IDENTIFIED);
    /** Commands whose payload is a human-readable reason. */
    private static final Set<Integer> TEXT = Set.of(TcpCommand.BAD_REQUEST, TcpCommand.NOT_AUTHENTICATED);
    /** Server pushes: many per correlation id, never the reply to a request. */
    private static final Set<Integer> PUSHES = Set.of(TcpCommand.STREAM_EVENT_APPEARED,
            TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, 0xD3);
    /** Requests the server never answers. */
    private static final Set<Integer> NO_REPLY = Set.of(TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS,
            TcpCommand.PERSISTENT_SUBSCRIPTION_NAK_EVENTS, TcpCommand.HEARTBEAT_RESPONSE, TcpCommand.BAD_REQUEST);

    private Commands() {
    }

    /** The transcript name of {@code code}: {@code WriteEvents}, {@code HeartbeatRequestCommand}, {@code 0x55}. */
    static String nameOf(int code) {
        // The server's enum calls the two heartbeat commands ...Command; the transcripts keep that.
        if (code == TcpCommand.HEARTBEAT_REQUEST) {
            return "HeartbeatRequestCommand";
        }
        if (code == TcpCommand.HEARTBEAT_RESPONSE) {
            return "HeartbeatResponseCommand";
        }
        return TcpCommand.nameOf(code);
    }

    /** The code of a command named in a scenario: a transcript name or a byte such as {@code "0x55"}. */
    static int codeOf(String name) {
        if (name.startsWith("0x") || name.startsWith("0X")) {
            int code = Integer.parseInt(name.substring(2), 16);
            if (code < 0 || code > 255) {
                throw new IllegalArgumentException("command byte out of range: " + name);
            }
            return code;
        }
        String plain = name.endsWith("Command") ? name.substring(0, name.length() - "Command".length()) : name;
        int code = TcpCommand.codeOf(plain);
        if (code < 0) {
            throw new IllegalArgumentException("unknown command " + name);
        }
        return code;
    }

    /**
     * The protobuf message of {@code code}, named after the command; forward and backward
     * reads share one message (ReadStreamEventsForward and ...Backward are ReadStreamEvents,
     * their replies ReadStreamEventsCompleted). Empty for raw, text and unknown commands.
     */
    static Optional<Descriptor> messageOf(int code) {
        if (RAW.contains(code) || TEXT.contains(code)) {
            return Optional.empty();
        }
        String name = TcpCommand.nameOf(code);
        if (name.startsWith("0x")) {
            return Optional.empty();
        }
        Descriptor type = ClientMessages.getDescriptor().findMessageTypeByName(name);
        if (type == null) {
            type = ClientMessages.getDescriptor().findMessageTypeByName(
                    name.replace("Forward", "").replace("Backward", ""));
        }
        return Optional.ofNullable(type);
    }

    /** The message named {@code name} in the v4 schema; refuses names it does not have. */
    static Descriptor message(String name) {
        Descriptor type = ClientMessages.getDescriptor().findMessageTypeByName(name);
        if (type == null) {
            throw new IllegalArgumentException("no message " + name + " in the v4 schema");
        }
        return type;
    }

    /** Whether the payload of {@code code} is UTF-8 text (BadRequest, NotAuthenticated). */
    static boolean isText(int code) {
        return TEXT.contains(code);
    }

    /** Whether {@code code} is a push that a subscription receives many times. */
    static boolean isPush(int code) {
        return PUSHES.contains(code);
    }

    /** Whether a request with {@code code} gets a reply from the server. */
    static boolean expectsReply(int code) {
        return !NO_REPLY.contains(code);
    }
}
