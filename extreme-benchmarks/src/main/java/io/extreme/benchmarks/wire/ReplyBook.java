package io.extreme.benchmarks.wire;

import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes answers into a connection's output: the header with the request's correlation id copied
 * in, then a payload that is pre-encoded (empty, a fixed message, a cached page) or echoed.
 * Answers carry no credentials (flags 0).
 */
final class ReplyBook {
    /** Length prefix, command, flags and correlation id. */
    static final int HEADER_BYTES = FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER;
    /** Where the correlation id lies, from the frame's length prefix on. */
    static final int CORRELATION = FrameFormat.LENGTH_PREFIX + 2;
    static final int CORRELATION_BYTES = 16;
    static final byte[] EMPTY = new byte[0];
    /** SubscriptionDropped: reason Unsubscribed. */
    static final byte[] UNSUBSCRIBED = {ProtoBytes.tag(1, ProtoBytes.VARINT), 0};
    /** SubscriptionDropped: reason SubscriberMaxCountReached. */
    static final byte[] TOO_MANY_SUBSCRIBERS = {ProtoBytes.tag(1, ProtoBytes.VARINT), 4};

    /** BadRequest texts, one per command code, as a real server words them (PROTOCOL.md §2.4). */
    private final byte[][] badRequests = new byte[256][];

    ReplyBook() {
        for (int command = 0; command < badRequests.length; command++) {
            badRequests[command] = ("Could not unwrap network package for command " + TcpCommand.nameOf(command) + ".\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes the header of an answer of {@code payloadBytes} to the frame at {@code frame} of {@code in}. */
    static void putHeader(ByteBuffer out, int command, int payloadBytes, ByteBuffer in, int frame) {
        out.putInt(FrameFormat.HEADER + payloadBytes).put((byte) command).put((byte) 0);
        out.put(out.position(), in, frame + CORRELATION, CORRELATION_BYTES);
        out.position(out.position() + CORRELATION_BYTES);
    }

    /** Answers the frame at {@code frame} with {@code payload}; false when it does not fit yet. */
    static boolean reply(WireConnection connection, ByteBuffer in, int frame, int command, byte[] payload) {
        ByteBuffer out = connection.reserve(HEADER_BYTES + payload.length);
        if (out == null) {
            return false;
        }
        putHeader(out, command, payload.length, in, frame);
        out.put(payload);
        return true;
    }

    /** Answers with the request's own payload (Ping → Pong). */
    static boolean echo(WireConnection connection, ByteBuffer in, int frame, int command, int payload, int payloadBytes) {
        ByteBuffer out = connection.reserve(HEADER_BYTES + payloadBytes);
        if (out == null) {
            return false;
        }
        putHeader(out, command, payloadBytes, in, frame);
        out.put(out.position(), in, payload, payloadBytes);
        out.position(out.position() + payloadBytes);
        return true;
    }

    /** BadRequest, under the request's correlation id, naming its command. */
    boolean badRequest(WireConnection connection, ByteBuffer in, int frame, int command) {
        return reply(connection, in, frame, TcpCommand.BAD_REQUEST, badRequests[command]);
    }
}
