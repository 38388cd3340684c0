package io.extreme.reliability;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutated frames for {@link FrameStormTest}, from a pool of well-formed ones: most keep their
 * framing and have bytes of their body changed (a flipped payload byte, another command byte,
 * a body cut short with its prefix to match, random bytes of a random length); some break the
 * framing itself (a length prefix that lies, bytes after the frame, a length past any limit);
 * and a tenth go through unchanged under a fresh correlation id. Seeded: the same seed gives the
 * same frames. Not thread-safe: one per sending thread.
 */
final class FrameMutator {
    private final Random random;
    private final List<byte[]> pool;

    /** @param pool well-formed frames, length prefix included ({@link FrameFormat#toBytes}) */
    FrameMutator(long seed, List<byte[]> pool) {
        this.random = new Random(seed);
        this.pool = List.copyOf(pool);
    }

    static byte[] wellFormed(Frame frame) {
        return FrameFormat.toBytes(frame);
    }

    /** The next mutated frame, as bytes to write to the socket. */
    byte[] next() {
        byte[] frame = pool.get(random.nextInt(pool.size())).clone();
        randomCorrelationId(frame);
        int kind = random.nextInt(100);
        if (kind < 45) {
            return flipBodyBytes(frame);
        }
        if (kind < 55) {
            frame[FrameFormat.LENGTH_PREFIX] = (byte) random.nextInt(256); // another command byte
            return frame;
        }
        if (kind < 65) {
            return cutShort(frame);
        }
        if (kind < 75) {
            return randomBody();
        }
        if (kind < 82) {
            return lyingPrefix(frame);
        }
        if (kind < 88) {
            return withTrailingBytes(frame);
        }
        if (kind < 90) {
            return prefix(Integer.MAX_VALUE - random.nextInt(1000)); // a length past any frame limit
        }
        return frame;
    }

    private void randomCorrelationId(byte[] frame) {
        int at = FrameFormat.LENGTH_PREFIX + 2;
        if (frame.length >= at + 16) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            System.arraycopy(id, 0, frame, at, 16);
        }
    }

    private byte[] flipBodyBytes(byte[] frame) {
        int body = frame.length - FrameFormat.LENGTH_PREFIX;
        for (int i = 0, n = 1 + random.nextInt(4); i < n && body > 0; i++) {
            frame[FrameFormat.LENGTH_PREFIX + random.nextInt(body)] = (byte) random.nextInt(256);
        }
        return frame;
    }

    private byte[] cutShort(byte[] frame) {
        int body = frame.length - FrameFormat.LENGTH_PREFIX;
        int kept = random.nextInt(Math.max(1, body));
        byte[] out = Arrays.copyOf(frame, FrameFormat.LENGTH_PREFIX + kept);
        writePrefix(out, kept);
        return out;
    }

    private byte[] randomBody() {
        byte[] body = new byte[random.nextInt(300)];
        random.nextBytes(body);
        byte[] out = new byte[FrameFormat.LENGTH_PREFIX + body.length];
        writePrefix(out, body.length);
        System.arraycopy(body, 0, out, FrameFormat.LENGTH_PREFIX, body.length);
        return out;
    }

    /** The prefix says more or fewer bytes than follow: the reader's framing goes astray from here. */
    private byte[] lyingPrefix(byte[] frame) {
        int body = frame.length - FrameFormat.LENGTH_PREFIX;
        writePrefix(frame, Math.max(0, body + random.nextInt(64) - 32));
        return frame;
    }

    private byte[] withTrailingBytes(byte[] frame) {
        byte[] extra = new byte[1 + random.nextInt(16)];
        random.nextBytes(extra);
        byte[] out = Arrays.copyOf(frame, frame.length + extra.length);
        System.arraycopy(extra, 0, out, frame.length, extra.length);
        return out;
    }

    private static byte[] prefix(int length) {
        return ByteBuffer.allocate(FrameFormat.LENGTH_PREFIX).order(ByteOrder.LITTLE_ENDIAN).putInt(length).array();
    }

    private static void writePrefix(byte[] frame, int length) {
        ByteBuffer.wrap(frame, 0, FrameFormat.LENGTH_PREFIX).order(ByteOrder.LITTLE_ENDIAN).putInt(length);
    }
}
