package io.extreme.benchmarks.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Where the frame encoder's socket would be: it takes every byte offered at once, as a socket
 * with room in its send buffer does, and forgets them, so the benchmark measures what happens
 * before the system call. For a test it can keep a copy of what it was given.
 *
 * <p>Not thread-safe: used by the one benchmark thread that encodes.
 */
final class DiscardingSocket implements WritableByteChannel {
    private long written;
    /** A copy of every byte written since {@link #keep()}; null while bytes are only counted. */
    private ByteArrayOutputStream kept;

    @Override
    public int write(ByteBuffer bytes) {
        int count = bytes.remaining();
        if (kept != null) {
            byte[] copy = new byte[count];
            bytes.get(copy);
            kept.writeBytes(copy);
        } else {
            bytes.position(bytes.limit());
        }
        written += count;
        return count;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // Nothing to release: the bytes were never anywhere.
    }

    /** Bytes taken so far. */
    long written() {
        return written;
    }

    /** From now on keeps a copy of what is written; for tests, never inside a measurement. */
    void keep() {
        kept = new ByteArrayOutputStream();
    }

    /** The bytes written since {@link #keep()}, and starts keeping afresh. */
    byte[] takeKept() {
        byte[] bytes = kept.toByteArray();
        kept.reset();
        return bytes;
    }
}
