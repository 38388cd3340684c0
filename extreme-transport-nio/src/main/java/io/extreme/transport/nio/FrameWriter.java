package io.extreme.transport.nio;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameEncoder;
import io.extreme.spi.FrameFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outgoing side of a connection: a lock-free queue any thread adds frames to, and the
 * {@link FrameEncoder} of whoever writes it (see {@link Outbound}), which packs as many queued
 * frames as fit into one socket write of a direct buffer and streams a large payload through
 * it in slices.
 *
 * <p>Bound: the queue refuses nothing (a send never drops and never blocks), but it counts the
 * bytes it holds and the socket has not yet taken. Past {@link #HIGH_WATER_BYTES} the connection
 * reports itself not writable and the engine holds further operations back in its own waiting
 * queue (bounded by {@code maxQueueSize}); below {@link #LOW_WATER_BYTES} it is writable again.
 * What can still arrive past the mark is what the engine sends regardless (heartbeats, acks,
 * unsubscribes: small) and what was already on its way, so the queue stays near the mark.
 */
final class FrameWriter {
    /** Bytes of the coalescing buffer. */
    static final int BUFFER_SIZE = FrameEncoder.DEFAULT_BUFFER_SIZE;
    /** Socket writes per {@link #writeTo} call: bounded so one busy connection cannot hold the loop. */
    private static final int MAX_WRITES_PER_CALL = 16;

    /**
     * Bytes queued and not yet written above which the connection is not writable: a few
     * round trips' worth of writes on a fast link, and small beside the heap of any client.
     */
    static final long HIGH_WATER_BYTES = 4L * 1024 * 1024;
    /** Bytes queued and not yet written below which a connection that was not writable is again. */
    static final long LOW_WATER_BYTES = 1024 * 1024;

    private final Queue<Frame> queue = new ConcurrentLinkedQueue<>();
    /** Bytes queued, length prefixes included, and not yet taken by the socket. */
    private final AtomicLong pending = new AtomicLong();
    /** Set when {@link #pending} passed the high water, cleared once it fell below the low water. */
    private final AtomicBoolean over = new AtomicBoolean();
    /** Taken from only by whoever holds Outbound's write lock: the I/O thread or a caller's flush. */
    private final FrameEncoder.Source source = queue::poll;
    /** Direct: a socket write from it needs no copy through a temporary direct buffer. */
    private final FrameEncoder encoder = new FrameEncoder(ByteBuffer.allocateDirect(BUFFER_SIZE));

    /**
     * Queues {@code frame}; any thread. The caller has checked its length.
     *
     * @return true when this frame took the queue past the high water; the caller then has
     *     {@link #drainedBelowLowWater} asked on the I/O thread, in case the socket took it all
     *     before the mark was set
     */
    boolean enqueue(Frame frame) {
        queue.offer(frame);
        long bytes = pending.addAndGet(FrameFormat.LENGTH_PREFIX + FrameFormat.packageLength(frame));
        return bytes > HIGH_WATER_BYTES && over.compareAndSet(false, true);
    }

    /** Whether the queue is below the high water, or has drained below the low water since. Any thread. */
    boolean isWritable() {
        return !over.get();
    }

    /** Bytes queued and not yet written. Any thread. */
    long pendingBytes() {
        return pending.get();
    }

    /** True once per turn, when the queue was past the high water and is now below the low water. I/O thread. */
    boolean drainedBelowLowWater() {
        return over.get() && pending.get() < LOW_WATER_BYTES && over.compareAndSet(true, false);
    }

    /** Whether frames wait in the queue. After a {@link #writeTo} that returned true the encoder holds none back. */
    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** Drops every frame not yet written, after a close. */
    void discard() {
        queue.clear();
        encoder.discard();
        pending.set(0);
    }

    /**
     * Writes queued frames to {@code channel} until none is left, the channel takes no more, or
     * the per-call budget is spent. One thread at a time: under {@link Outbound}'s write lock.
     *
     * @return true when everything queued has been written; false when bytes are left, so the
     *     caller waits for the channel to become writable
     */
    boolean writeTo(WritableByteChannel channel) throws IOException {
        WritableByteChannel counted = new WritableByteChannel() {
            @Override
            public int write(ByteBuffer bytes) throws IOException {
                int written = channel.write(bytes);
                pending.addAndGet(-written);
                return written;
            }

            @Override
            public boolean isOpen() {
                return channel.isOpen();
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
        boolean written = encoder.writeTo(counted, source, MAX_WRITES_PER_CALL);
        // TLS may hold wrapped bytes the socket did not take: not written until they are.
        return written && (!(channel instanceof TlsChannel tls) || tls.flush());
    }
}
