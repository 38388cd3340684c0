package io.extreme.transport.nio;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The outgoing side of a connection: a lock-free queue any thread adds frames to, and the I/O
 * thread's coalescing buffer that packs as many queued frames as fit into one socket write.
 *
 * <p>A frame that does not fit in the room left has its header packed and its payload streamed
 * through the buffer in slices, so a frame of many megabytes needs no array of its own and the
 * JDK no temporary direct buffer of that size. Frames leave in queue order.
 */
final class FrameWriter {
    /** Bytes of the coalescing buffer. */
    static final int BUFFER_SIZE = 64 * 1024;
    /** Socket writes per {@link #writeTo} call: bounded so one busy connection cannot hold the loop. */
    private static final int MAX_WRITES_PER_CALL = 16;

    private final Queue<Frame> queue = new ConcurrentLinkedQueue<>();
    /** Kept in fill mode between calls: bytes to send from 0 to position. */
    private final ByteBuffer buffer;
    /** The payload being streamed, of the frame whose header is already in the buffer; or null. */
    private byte[] streaming;
    private int streamed;

    FrameWriter() {
        this(BUFFER_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes (at least 1 KiB, room for any header), for tests. */
    FrameWriter(int bufferSize) {
        buffer = ByteBuffer.allocateDirect(bufferSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Queues {@code frame}; any thread. The caller has checked its length. */
    void enqueue(Frame frame) {
        queue.offer(frame);
    }

    /** Whether frames wait in the queue. */
    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** Drops every frame not yet in the buffer, after a close. */
    void discard() {
        queue.clear();
        streaming = null;
        buffer.clear();
    }

    /**
     * Writes queued frames to {@code channel} until none is left, the channel takes no more, or
     * the per-call budget is spent. I/O thread only.
     *
     * @return true when everything queued has been written; false when bytes are left, so the
     *     caller waits for the channel to become writable
     */
    boolean writeTo(WritableByteChannel channel) throws IOException {
        for (int writes = 0; writes < MAX_WRITES_PER_CALL; writes++) {
            fill();
            if (buffer.position() == 0) {
                return true;
            }
            buffer.flip();
            channel.write(buffer);
            boolean channelFull = buffer.hasRemaining();
            buffer.compact();
            if (channelFull) {
                return false;
            }
        }
        return buffer.position() == 0 && streaming == null && queue.isEmpty();
    }

    /** Packs frames from the queue into the buffer until it is full or the queue empty. */
    private void fill() {
        while (buffer.hasRemaining()) {
            if (streaming != null) {
                int count = Math.min(buffer.remaining(), streaming.length - streamed);
                buffer.put(streaming, streamed, count);
                streamed += count;
                if (streamed < streaming.length) {
                    return;
                }
                streaming = null;
            }
            // Only the I/O thread removes, so the head seen by peek is the one poll takes.
            Frame frame = queue.peek();
            if (frame == null) {
                return;
            }
            int size = FrameFormat.LENGTH_PREFIX + FrameFormat.packageLength(frame);
            if (size <= buffer.remaining()) {
                FrameFormat.write(frame, buffer);
            } else if (size - frame.payload().length <= buffer.remaining()) {
                packHeader(frame, size - FrameFormat.LENGTH_PREFIX);
                streaming = frame.payload();
                streamed = 0;
            } else {
                return;
            }
            queue.poll();
        }
    }

    /**
     * Packs the length prefix, header and credentials of {@code frame} without its payload. The
     * layout comes from {@link FrameFormat} (a copy of the frame with no payload); only the prefix
     * is set to the whole package's length, since the payload follows right after.
     */
    private void packHeader(Frame frame, int packageLength) {
        int start = buffer.position();
        FrameFormat.write(new Frame(frame.command(), frame.flags(), frame.correlationId(), frame.credentials(), null), buffer);
        buffer.putInt(start, packageLength);
    }
}
