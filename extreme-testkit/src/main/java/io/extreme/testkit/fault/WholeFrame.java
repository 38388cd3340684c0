package io.extreme.testkit.fault;

import io.extreme.spi.FrameFormat;
import java.util.Arrays;

/**
 * One server frame gathered whole, length prefix included, so that a fault can rewrite its
 * payload before it goes on. It starts on a frame boundary and keeps its own count.
 *
 * <p>Not thread-safe: its owner guards it.
 */
final class WholeFrame {
    private final byte[] prefix = new byte[FrameFormat.LENGTH_PREFIX];
    private byte[] frame;
    private int filled;

    /** Takes bytes of {@code chunk[offset, offset + length)} up to the end of the frame; returns how many. */
    int take(byte[] chunk, int offset, int length) {
        int used = 0;
        if (frame == null) {
            int count = Math.min(FrameFormat.LENGTH_PREFIX - filled, length);
            System.arraycopy(chunk, offset, prefix, filled, count);
            filled += count;
            used += count;
            if (filled < FrameFormat.LENGTH_PREFIX) {
                return used;
            }
            int body = (prefix[0] & 0xFF) | (prefix[1] & 0xFF) << 8 | (prefix[2] & 0xFF) << 16 | (prefix[3] & 0xFF) << 24;
            frame = Arrays.copyOf(prefix, FrameFormat.LENGTH_PREFIX + Math.max(0, body));
        }
        int count = Math.min(frame.length - filled, length - used);
        System.arraycopy(chunk, offset + used, frame, filled, count);
        filled += count;
        return used + count;
    }

    boolean complete() {
        return frame != null && filled == frame.length;
    }

    byte[] bytes() {
        return frame;
    }

    /** The frame's command byte (the first byte after the length prefix), or -1 for a frame too short to have one. */
    static int command(byte[] frame) {
        return frame.length > FrameFormat.LENGTH_PREFIX ? frame[FrameFormat.LENGTH_PREFIX] & 0xFF : -1;
    }

    /** A server's frame carries no authentication section: its payload starts right after the header. */
    static boolean hasPayload(byte[] frame) {
        return frame.length > FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER;
    }

    /** Sets every payload byte to 0xFF: a protobuf varint that never ends. */
    static void corruptPayload(byte[] frame) {
        Arrays.fill(frame, FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER, frame.length, (byte) 0xFF);
    }
}
