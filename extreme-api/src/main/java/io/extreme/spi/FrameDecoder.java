package io.extreme.spi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Cuts an incoming byte stream into {@link Frame}s (PROTOCOL.md §1.1): a state machine over
 * partial reads, so a length prefix split across reads, many frames in one read and one frame
 * across many reads all come out the same. The client's transport and the testkit's server both
 * read with it, so that both sides take the stream apart alike.
 *
 * <p>The owner reads the socket into {@link #buffer()} and calls {@link #drain}. A frame that
 * fits in the buffer is decoded in place; only a frame larger than the buffer gets an array of
 * its own, filled from the buffer as bytes arrive, so the usual read needs no allocation but
 * the frame's own. A length out of range fails before anything is allocated.
 *
 * <p>What differs between the sides is given to the constructor: the buffer (direct for a
 * client on the hot path, any size for tests), the largest length, and the smallest length the
 * prefix may announce. A client refuses a prefix below {@link FrameFormat#HEADER} at once; a
 * server that, like the real one, frames any positive length gives {@code 1} and hears of a
 * package too short for its header once it is whole, from {@link FrameFormat#read}.
 *
 * <p>Not thread-safe: one decoder per connection, used by the thread that reads it.
 */
public final class FrameDecoder {
    /** Bytes of the read buffer that suits a connection: most frames are far smaller. */
    public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;
    private static final int NO_LENGTH = -1;

    /** Receives the frames a {@link #drain} completes; called on the thread that drains. */
    @FunctionalInterface
    public interface Sink {
        /** Takes one whole frame; returns {@code false} to stop the drain (the connection is closing). */
        boolean onFrame(Frame frame);
    }

    private final int minFrameLength;
    private final int maxFrameLength;
    /** Kept in fill mode between calls: data from 0 to position, free room after it. */
    private final ByteBuffer buffer;
    /** The package length from the last prefix, or NO_LENGTH while a prefix is awaited. */
    private int length = NO_LENGTH;
    /**
     * The payload of a frame larger than {@link #buffer}, while it fills (an array of its own, which
     * becomes the frame's: no copy once it is whole); otherwise null.
     */
    private ByteBuffer large;
    /** The header of the frame {@link #large} belongs to; its payload is empty. */
    private Frame largeHead;

    /**
     * A decoder reading into {@code buffer}, which it owns from now on: it is cleared and set
     * to little-endian.
     *
     * @param buffer         the read buffer, direct or heap, of at least {@link FrameFormat#LENGTH_PREFIX} bytes
     * @param minFrameLength the smallest package length a prefix may announce, at least 1
     * @param maxFrameLength the largest package length a prefix may announce
     * @throws IllegalArgumentException when the buffer cannot hold a prefix or the lengths make no range
     */
    public FrameDecoder(ByteBuffer buffer, int minFrameLength, int maxFrameLength) {
        if (buffer.capacity() < FrameFormat.LENGTH_PREFIX) {
            throw new IllegalArgumentException("the buffer must hold a length prefix (" + FrameFormat.LENGTH_PREFIX
                    + " bytes), has " + buffer.capacity());
        }
        if (minFrameLength < 1 || maxFrameLength < minFrameLength) {
            throw new IllegalArgumentException("frame lengths must be 1 <= min <= max, were " + minFrameLength
                    + " and " + maxFrameLength);
        }
        this.buffer = buffer.clear().order(ByteOrder.LITTLE_ENDIAN);
        this.minFrameLength = minFrameLength;
        this.maxFrameLength = maxFrameLength;
    }

    /** The buffer to read the socket into, in fill mode; it has room unless a sink stopped the last drain. */
    public ByteBuffer buffer() {
        return buffer;
    }

    /**
     * Decodes every whole frame the buffer now holds and hands each to {@code sink}, keeping the
     * tail of an unfinished one for the next read. What the sink has not taken when it stops
     * stays in the buffer for the next call.
     *
     * @return {@code false} when the sink stopped the drain; {@code true} when more bytes are needed
     * @throws FrameLengthException when a prefix announces a length out of range
     * @throws MalformedFrameException when a package is malformed ({@link FrameFormat#read}); either
     *     way the connection must be closed, the decoder is of no further use
     */
    public boolean drain(Sink sink) {
        buffer.flip();
        try {
            Frame frame;
            while ((frame = decodeNext()) != null) {
                if (!sink.onFrame(frame)) {
                    return false;
                }
            }
            return true;
        } finally {
            if (buffer.hasRemaining()) {
                buffer.compact();
            } else {
                buffer.clear();
            }
        }
    }

    /** Decodes one frame if the bytes are there; null when more bytes are needed. */
    private Frame decodeNext() {
        if (large != null) {
            return fillLarge();
        }
        if (length == NO_LENGTH) {
            if (buffer.remaining() < FrameFormat.LENGTH_PREFIX) {
                return null;
            }
            length = checkLength(buffer.getInt());
        }
        if (buffer.remaining() >= length) {
            return read(buffer);
        }
        if (length > buffer.capacity()) {
            // Only now, with the length checked against the limit, is it safe to allocate. The
            // header is read from the buffer first, so that the payload is read into its own array.
            int head = buffer.capacity() < FrameFormat.MAX_HEAD ? length : FrameFormat.headLength(buffer);
            if (head < 0) {
                return null; // the header is still arriving; it fits in the buffer
            }
            if (head == length) {
                // A buffer too small to be sure of holding a header (tests): the package in one array, read whole.
                large = ByteBuffer.allocate(length);
            } else {
                largeHead = FrameFormat.readHead(buffer, length);
                large = ByteBuffer.wrap(new byte[length - head]);
            }
            return fillLarge();
        }
        // It fits in the buffer once compacted: wait for the rest.
        return null;
    }

    private Frame fillLarge() {
        int count = Math.min(buffer.remaining(), large.remaining());
        large.put(large.position(), buffer, buffer.position(), count);
        large.position(large.position() + count);
        buffer.position(buffer.position() + count);
        if (large.hasRemaining()) {
            return null;
        }
        ByteBuffer whole = large.flip();
        Frame head = largeHead;
        large = null;
        largeHead = null;
        if (head == null) {
            return read(whole);
        }
        length = NO_LENGTH;
        return new Frame(head.command(), head.flags(), head.correlationId(), head.credentials(), whole.array());
    }

    /** Reads the package whose length the last prefix gave; the next call awaits a prefix again. */
    private Frame read(ByteBuffer in) {
        int packageLength = length;
        length = NO_LENGTH;
        return FrameFormat.read(in, packageLength);
    }

    private int checkLength(int value) {
        if (value > maxFrameLength) {
            throw new FrameLengthException(value, "Frame length " + value + " is over the limit of "
                    + maxFrameLength + " bytes (maxFrameLength)");
        }
        if (value < minFrameLength) {
            throw new FrameLengthException(value, "Frame length " + value + " is invalid: a package has "
                    + minFrameLength + " to " + maxFrameLength + " bytes (maxFrameLength)");
        }
        return value;
    }
}
