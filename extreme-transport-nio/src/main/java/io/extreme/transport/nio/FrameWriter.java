package io.extreme.transport.nio;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The outgoing side of a connection: a lock-free queue any thread adds frames to, and the I/O
 * thread's {@link FrameEncoder}, which packs as many queued frames as fit into one socket write
 * of a direct buffer and streams a large payload through it in slices.
 *
 * <p>The queue has no bound of its own: it holds what the engine sent and the socket has not yet
 * taken, and the engine caps the operations in flight ({@code maxConcurrentOperations}).
 */
final class FrameWriter {
    /** Bytes of the coalescing buffer. */
    static final int BUFFER_SIZE = FrameEncoder.DEFAULT_BUFFER_SIZE;
    /** Socket writes per {@link #writeTo} call: bounded so one busy connection cannot hold the loop. */
    private static final int MAX_WRITES_PER_CALL = 16;

    private final Queue<Frame> queue = new ConcurrentLinkedQueue<>();
    /** Only the I/O thread takes from the queue. */
    private final FrameEncoder.Source source = queue::poll;
    /** Direct: a socket write from it needs no copy through a temporary direct buffer. */
    private final FrameEncoder encoder = new FrameEncoder(ByteBuffer.allocateDirect(BUFFER_SIZE));

    /** Queues {@code frame}; any thread. The caller has checked its length. */
    void enqueue(Frame frame) {
        queue.offer(frame);
    }

    /** Whether frames wait in the queue. After a {@link #writeTo} that returned true the encoder holds none back. */
    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** Drops every frame not yet written, after a close. */
    void discard() {
        queue.clear();
        encoder.discard();
    }

    /**
     * Writes queued frames to {@code channel} until none is left, the channel takes no more, or
     * the per-call budget is spent. I/O thread only.
     *
     * @return true when everything queued has been written; false when bytes are left, so the
     *     caller waits for the channel to become writable
     */
    boolean writeTo(WritableByteChannel channel) throws IOException {
        return encoder.writeTo(channel, source, MAX_WRITES_PER_CALL);
    }
}
