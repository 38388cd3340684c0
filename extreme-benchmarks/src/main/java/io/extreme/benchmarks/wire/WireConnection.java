package io.extreme.benchmarks.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's connection to a {@link SelectorLoop}: what was read and not yet answered, what is
 * answered and not yet sent, and its subscriptions. Touched by the loop's thread only.
 *
 * <p>The output is one direct buffer of {@value #OUTPUT_BYTES} bytes, grown only to hold a single
 * answer larger than that (a page of 4,096 events is about 1.3 MB), so a connection never holds
 * more than the larger of the two unsent: the loop stops reading a connection whose answer does
 * not fit, until the socket took enough. The input grows to hold the largest frame read (at most
 * 64 MiB, the protocol's limit).
 */
final class WireConnection {
    /** Unsent bytes a connection may hold before it is read no more. */
    static final int OUTPUT_BYTES = 1 << 20;
    private static final int INPUT_BYTES = 64 * 1024;

    final SocketChannel channel;
    ByteBuffer in = ByteBuffer.allocateDirect(INPUT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    /** Whether a frame in {@link #in} waits for room in the output (reading is then off). */
    boolean held;
    private ByteBuffer out = ByteBuffer.allocateDirect(OUTPUT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    /** Bytes at the start of {@link #out} the socket already took. */
    private int sent;
    /** Subscriptions on this connection, in the order made: usually none or one, at most {@link WireSpeedService#MAX_SUBSCRIPTIONS}. */
    final List<LiveSubscription> subscriptions = new ArrayList<>(1);

    WireConnection(SocketChannel channel) {
        this.channel = channel;
    }

    /**
     * The output, with room for {@code bytes} more at its position, or null when they do not fit
     * until the socket takes what is waiting. Little-endian, as the length prefix is.
     */
    ByteBuffer reserve(int bytes) {
        if (out.remaining() >= bytes) {
            return out;
        }
        int unsent = out.position() - sent;
        if (unsent + bytes <= out.capacity()) {
            // Move what is left to the front only now, when the room is needed: not after every write.
            out.limit(out.position()).position(sent);
            out.compact();
            sent = 0;
            return out;
        }
        if (unsent == 0) {
            // One answer larger than the buffer: it gets a buffer of its own size, and keeps it.
            out = ByteBuffer.allocateDirect(bytes).order(ByteOrder.LITTLE_ENDIAN);
            sent = 0;
            return out;
        }
        return null;
    }

    /** Whether answers wait to be sent. */
    boolean pending() {
        return out.position() > sent;
    }

    /** Writes what the socket takes now; true when nothing is left waiting. */
    boolean flush() throws IOException {
        int end = out.position();
        if (end == sent) {
            return true;
        }
        out.limit(end).position(sent);
        channel.write(out);
        sent = out.position();
        out.limit(out.capacity()).position(end);
        if (sent == end) {
            out.clear();
            sent = 0;
            return true;
        }
        return false;
    }

    /** Makes room in the input for a frame of {@code bytes} in all, keeping what was read. */
    void growInput(int bytes) {
        ByteBuffer bigger = ByteBuffer.allocateDirect(Integer.highestOneBit(bytes - 1) << 1).order(ByteOrder.LITTLE_ENDIAN);
        in.flip();
        bigger.put(in);
        in = bigger;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing after a failure: nothing more to do with this connection.
        }
    }
}
