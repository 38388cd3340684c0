package io.extreme.transport.nio;

import io.extreme.spi.Frame;
import java.io.IOException;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sending side of one {@link NioConnection}: its {@link FrameWriter} (the queue and its
 * byte bound), and who writes next. Two kinds of writer take turns: the I/O thread (for
 * {@code send}, and whenever the socket was full) and a caller's {@link #flush} (for the
 * engine's bursts, which then need no wake-up of the I/O thread).
 *
 * <p>The flag {@code flushScheduled} decides the turn: whoever sets it writes, and it stays set
 * from the first queued frame until the queue is written out, including while the socket is
 * full and the I/O thread waits for {@code OP_WRITE}. The lock {@code writing} is held around
 * every use of the writer's buffer, so that the close (which needs it whoever holds the flag)
 * never meets a caller's write in progress; a write never blocks, so neither does the lock for long.
 */
final class Outbound {
    /** What the connection does for its sending side, on the I/O thread. */
    interface Owner {
        /** Whether the connection is still open. Any thread. */
        boolean isOpen();

        /** Whether the connection is closed, not only closing (a closing one still writes). Any thread. */
        boolean isClosed();

        /** A write failed: the connection closes with {@code failure}. I/O thread. */
        void writeFailed(IOException failure);

        /** The queue drained below the low water: the listener hears onWritable. I/O thread. */
        void drained();
    }

    private final FrameWriter writer = new FrameWriter();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final ReentrantLock writing = new ReentrantLock();
    /** The socket, or its {@link TlsChannel}. */
    private final ByteChannel channel;
    private final IoLoop loop;
    private final Interest interest;
    private final Owner owner;
    private final Runnable flushTask = this::flushOnLoop;
    private final Runnable writableTask = this::checkWritable;

    Outbound(ByteChannel channel, IoLoop loop, Interest interest, Owner owner) {
        this.channel = channel;
        this.loop = loop;
        this.interest = interest;
        this.owner = owner;
    }

    /** Queues {@code frame}, to be written by the I/O thread soon. Any thread. */
    void send(Frame frame) {
        queue(frame);
        if (!flushScheduled.get() && flushScheduled.compareAndSet(false, true)) {
            loop.execute(flushTask);
        }
    }

    /** Queues {@code frame} for the caller's {@link #flush}. Any thread. */
    void queue(Frame frame) {
        if (writer.enqueue(frame)) {
            loop.execute(writableTask); // the socket may have taken it all before the mark was set
        }
    }

    /**
     * Writes what is queued on the calling thread, unless a flush is already due on the I/O thread
     * (which takes these frames too). What the socket does not take now, and the listener's
     * {@code onWritable}, are left to the I/O thread. Any thread.
     */
    void flush() {
        if (!owner.isOpen() || !flushScheduled.compareAndSet(false, true)) {
            return;
        }
        boolean written;
        writing.lock();
        try {
            if (!owner.isOpen()) {
                return; // closing: the close writes or drops what is left
            }
            written = writer.writeTo(channel);
        } catch (IOException e) {
            loop.execute(() -> owner.writeFailed(e));
            return;
        } finally {
            writing.unlock();
        }
        if (!written || !writer.isWritable()) {
            loop.execute(flushTask); // flushScheduled stays set: the I/O thread goes on from here
            return;
        }
        flushScheduled.set(false);
        if (writer.hasQueued() && flushScheduled.compareAndSet(false, true)) {
            loop.execute(flushTask); // queued by another thread meanwhile, which found the flag set
        }
    }

    /** Writes what is queued; I/O thread, holding {@code flushScheduled}, and on {@code OP_WRITE}. */
    void flushOnLoop() {
        if (owner.isClosed()) {
            return;
        }
        boolean written;
        writing.lock();
        try {
            written = writer.writeTo(channel);
        } catch (IOException e) {
            owner.writeFailed(e);
            return;
        } finally {
            writing.unlock();
        }
        interest.waitForWritable(!written);
        checkWritable();
        if (!written) {
            return; // flushScheduled stays set: OP_WRITE brings us back
        }
        flushScheduled.set(false);
        // A frame queued after the last drain but before the flag cleared found it set: go again.
        if (writer.hasQueued() && flushScheduled.compareAndSet(false, true)) {
            loop.execute(flushTask);
        }
    }

    private void checkWritable() {
        if (owner.isOpen() && writer.drainedBelowLowWater()) {
            owner.drained();
        }
    }

    /** Whether the queue is below the high water (or drained below the low water since). Any thread. */
    boolean isWritable() {
        return writer.isWritable();
    }

    /** Bytes queued and not yet written. Any thread. */
    long pendingBytes() {
        return writer.pendingBytes();
    }

    /**
     * Ends the sending side: with {@code orderly}, first writes what the socket takes now (never
     * waiting for a slow peer) and shuts the output down when all went; then drops the rest.
     */
    void close(boolean orderly) throws IOException {
        writing.lock();
        try {
            if (orderly && writer.writeTo(channel)) {
                if (channel instanceof TlsChannel tls) {
                    tls.shutdownOutput(); // close_notify first, then the socket's FIN
                } else {
                    ((SocketChannel) channel).shutdownOutput();
                }
            }
        } finally {
            writer.discard();
            writing.unlock();
        }
    }
}
