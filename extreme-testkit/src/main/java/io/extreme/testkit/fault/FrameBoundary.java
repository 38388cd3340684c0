package io.extreme.testkit.fault;

import io.extreme.spi.FrameFormat;

/**
 * Follows the frames of one byte stream without copying them: a 4-byte little-endian length
 * prefix, then that many bytes. It only needs to know where each frame ends, so it reads the
 * prefix and skips the body, across reads of any size.
 *
 * <p>Not thread-safe: its owner guards it.
 */
final class FrameBoundary {
    /** Prefix bytes seen of the current frame; 0 means the stream stands on a frame boundary. */
    private int prefixSeen;
    private int prefix;
    private long bodyLeft;

    /** Whether every byte consumed so far belongs to a complete frame. */
    boolean atBoundary() {
        return prefixSeen == 0;
    }

    /**
     * Consumes bytes of {@code chunk[offset, offset + length)} up to and including the end of the
     * current frame, and returns how many it consumed: all of them when the frame goes on.
     */
    int consumeToFrameEnd(byte[] chunk, int offset, int length) {
        int used = 0;
        while (used < length) {
            if (prefixSeen < FrameFormat.LENGTH_PREFIX) {
                prefix |= (chunk[offset + used] & 0xFF) << (8 * prefixSeen);
                prefixSeen++;
                used++;
                if (prefixSeen == FrameFormat.LENGTH_PREFIX) {
                    // A server could send a "negative" length; as bytes on the wire it is unsigned.
                    bodyLeft = Integer.toUnsignedLong(prefix);
                    if (bodyLeft == 0) {
                        startNextFrame();
                        return used;
                    }
                }
            } else {
                int body = (int) Math.min(bodyLeft, length - used);
                bodyLeft -= body;
                used += body;
                if (bodyLeft == 0) {
                    startNextFrame();
                    return used;
                }
            }
        }
        return used;
    }

    /** Consumes all of {@code chunk[offset, offset + length)}, however many frames it holds. */
    void consume(byte[] chunk, int offset, int length) {
        while (length > 0) {
            int used = consumeToFrameEnd(chunk, offset, length);
            offset += used;
            length -= used;
        }
    }

    private void startNextFrame() {
        prefixSeen = 0;
        prefix = 0;
        bodyLeft = 0;
    }
}
