package io.extreme.testkit.fault;

import io.extreme.spi.FrameFormat;

/**
 * One frame being cut in the middle: it lets through the length prefix and half of the body
 * (at least one byte of a body of two or more), then says the connection must be cut. It starts
 * on a frame boundary and ends with the connection, so it keeps its own count.
 *
 * <p>Not thread-safe: its owner guards it.
 */
final class MidFrameCut {
    private final byte[] prefix = new byte[FrameFormat.LENGTH_PREFIX];
    private long forwarded;
    private long cutAt = -1;

    /**
     * How many bytes of {@code chunk[offset, offset + length)} to forward next; call again with
     * the rest until {@link #due()} or the chunk is used up.
     */
    int forwardable(byte[] chunk, int offset, int length) {
        int count;
        if (forwarded < FrameFormat.LENGTH_PREFIX) {
            count = (int) Math.min(FrameFormat.LENGTH_PREFIX - forwarded, length);
            System.arraycopy(chunk, offset, prefix, (int) forwarded, count);
        } else {
            count = (int) Math.min(length, cutAt - forwarded);
        }
        forwarded += count;
        if (forwarded == FrameFormat.LENGTH_PREFIX && cutAt < 0) {
            cutAt = FrameFormat.LENGTH_PREFIX + bodyLength() / 2;
        }
        return count;
    }

    /** Whether the part of the frame to deliver has gone out, so the connection is to be cut now. */
    boolean due() {
        return cutAt >= 0 && forwarded >= cutAt;
    }

    private long bodyLength() {
        int length = (prefix[0] & 0xFF) | (prefix[1] & 0xFF) << 8 | (prefix[2] & 0xFF) << 16 | (prefix[3] & 0xFF) << 24;
        return Integer.toUnsignedLong(length);
    }
}
