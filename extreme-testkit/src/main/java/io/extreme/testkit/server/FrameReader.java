package io.extreme.testkit.server;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Cuts the bytes of one connection into frames (PROTOCOL.md §1.1): a little-endian length, then
 * that many bytes of package. One reusable buffer takes the reads; a frame larger than it gets a
 * buffer of its own size for as long as it is incomplete, after which the small one comes back.
 * A length of 0 or less, or over the limit, is refused before anything is allocated.
 *
 * <p>Threads: one thread, the connection's reader.
 */
final class FrameReader {
    /** Receives what the reader finds. */
    interface Sink {
        /** A whole frame; returns {@code false} when the connection stops reading (it is closing). */
        boolean frame(Frame frame);

        /** The stream cannot be framed any more; the connection answers and closes. */
        void framingError(String reason);
    }

    static final int DEFAULT_BUFFER = 64 * 1024;

    private final int maxFrameLength;
    /** In write mode between reads: position = bytes held. */
    private ByteBuffer buffer = newBuffer(DEFAULT_BUFFER);

    FrameReader(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    /** The buffer the next read fills. */
    ByteBuffer buffer() {
        return buffer;
    }

    /**
     * Passes every whole frame in the buffer to {@code sink}, keeping a partial one for the next
     * read. Returns {@code false} once reading must stop (framing error, or the sink said so).
     */
    boolean drain(Sink sink) {
        buffer.flip();
        try {
            while (buffer.remaining() >= FrameFormat.LENGTH_PREFIX) {
                int length = buffer.getInt(buffer.position());
                if (length <= 0 || length > maxFrameLength) {
                    sink.framingError("Invalid TCP frame received. Error: Package size is out of bounds: "
                            + length + " (max: " + maxFrameLength + ").");
                    return false;
                }
                if (buffer.remaining() - FrameFormat.LENGTH_PREFIX < length) {
                    ensureCapacity(FrameFormat.LENGTH_PREFIX + length);
                    return true;
                }
                buffer.position(buffer.position() + FrameFormat.LENGTH_PREFIX);
                int end = buffer.position() + length;
                Frame frame;
                try {
                    frame = FrameFormat.read(buffer, length);
                } catch (RuntimeException e) {
                    // Too short for a header, or an authentication section that overruns the package.
                    sink.framingError("Received bad network package. Error: " + e.getMessage());
                    return false;
                }
                buffer.position(end);
                if (!sink.frame(frame)) {
                    return false;
                }
            }
            return true;
        } finally {
            compact();
        }
    }

    /** Makes room for a frame of {@code size} bytes, prefix included, keeping what is held. */
    private void ensureCapacity(int size) {
        if (size > buffer.capacity()) {
            ByteBuffer larger = newBuffer(size);
            larger.put(buffer);
            larger.flip();
            buffer = larger;
        }
    }

    /** Back to write mode; a grown buffer shrinks once its big frame is gone. */
    private void compact() {
        if (buffer.capacity() > DEFAULT_BUFFER && buffer.remaining() <= DEFAULT_BUFFER
                && !holdsPrefixOfLargeFrame()) {
            ByteBuffer small = newBuffer(DEFAULT_BUFFER);
            small.put(buffer);
            buffer = small;
        } else {
            buffer.compact();
        }
    }

    private boolean holdsPrefixOfLargeFrame() {
        return buffer.remaining() >= FrameFormat.LENGTH_PREFIX
                && buffer.getInt(buffer.position()) > DEFAULT_BUFFER - FrameFormat.LENGTH_PREFIX;
    }

    private static ByteBuffer newBuffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
