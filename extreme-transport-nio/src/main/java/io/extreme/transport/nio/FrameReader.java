package io.extreme.transport.nio;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.MalformedFrameException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Cuts the incoming byte stream into {@link Frame}s: a state machine over partial reads, so a
 * length prefix split across reads, many frames in one read and one frame across many reads
 * all come out the same (PROTOCOL.md §1.1).
 *
 * <p>The socket is read into one reusable direct buffer. A frame that fits in it is decoded in
 * place; only a frame larger than the buffer gets an array of its own, filled from the buffer as
 * bytes arrive. A length out of range fails before anything is allocated. Not thread-safe: one
 * reader per connection, used on the I/O thread.
 */
final class FrameReader {
    /** Bytes of the reusable read buffer: most frames are far smaller, so most reads need nothing else. */
    static final int BUFFER_SIZE = 64 * 1024;
    private static final int NO_LENGTH = -1;

    /** Receives the frames a read completes; returns false to stop (the connection is closing). */
    interface Sink {
        boolean onFrame(Frame frame);
    }

    private final int maxFrameLength;
    private final Sink sink;
    /** Kept in fill mode between calls: data from 0 to position, free room after it. */
    private final ByteBuffer buffer;
    /** The package length from the last prefix, or NO_LENGTH while a prefix is awaited. */
    private int length = NO_LENGTH;
    /** The package of a frame larger than {@link #buffer}, while it fills; otherwise null. */
    private ByteBuffer large;

    FrameReader(int maxFrameLength, Sink sink) {
        this(maxFrameLength, sink, BUFFER_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes, for tests of the large-frame path. */
    FrameReader(int maxFrameLength, Sink sink, int bufferSize) {
        this.maxFrameLength = maxFrameLength;
        this.sink = sink;
        this.buffer = ByteBuffer.allocateDirect(bufferSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The buffer to read the socket into; always has room. */
    ByteBuffer buffer() {
        return buffer;
    }

    /**
     * Decodes every whole frame the buffer now holds and hands each to the sink, keeping the
     * tail of an unfinished one for the next read.
     *
     * @throws MalformedFrameException when a length is out of range or a package is malformed;
     *     the connection must then be closed, the reader is of no further use
     */
    void drain() {
        buffer.flip();
        try {
            while (decodeNext()) {
                // each round hands over one frame
            }
        } finally {
            if (buffer.hasRemaining()) {
                buffer.compact();
            } else {
                buffer.clear();
            }
        }
    }

    /** Decodes one frame if the bytes are there; false when more bytes are needed or the sink stopped. */
    private boolean decodeNext() {
        if (large != null) {
            return fillLarge();
        }
        if (length == NO_LENGTH) {
            if (buffer.remaining() < FrameFormat.LENGTH_PREFIX) {
                return false;
            }
            length = checkLength(buffer.getInt());
        }
        if (buffer.remaining() >= length) {
            return deliver(FrameFormat.read(buffer, length));
        }
        if (length > buffer.capacity()) {
            // Only now, with the length checked against the limit, is it safe to allocate.
            large = ByteBuffer.allocate(length);
            return fillLarge();
        }
        // It fits in the buffer once compacted: wait for the rest.
        return false;
    }

    private boolean fillLarge() {
        int count = Math.min(buffer.remaining(), large.remaining());
        large.put(large.position(), buffer, buffer.position(), count);
        large.position(large.position() + count);
        buffer.position(buffer.position() + count);
        if (large.hasRemaining()) {
            return false;
        }
        ByteBuffer whole = large.flip();
        large = null;
        return deliver(FrameFormat.read(whole, length));
    }

    private boolean deliver(Frame frame) {
        length = NO_LENGTH;
        return sink.onFrame(frame);
    }

    private int checkLength(int value) {
        if (value > maxFrameLength) {
            throw new MalformedFrameException("Frame length " + value + " is over the limit of "
                    + maxFrameLength + " bytes (maxFrameLength)");
        }
        if (value < FrameFormat.HEADER) {
            throw new MalformedFrameException("Frame length " + value + " is invalid: a package has "
                    + FrameFormat.HEADER + " to " + maxFrameLength + " bytes (maxFrameLength)");
        }
        return value;
    }
}
