package io.extreme.transport.nio;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameDecoder;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open connection of the {@link NioTransport}. {@link #send} and {@link #close} may be called
 * from any thread; reading, writing and the listener's callbacks happen on the I/O thread.
 *
 * <p>Sending wakes the I/O thread only when no flush is already due: the flag
 * {@code flushScheduled} stays set from the first queued frame until the queue is written out,
 * including while the socket is full and the connection waits for {@code OP_WRITE}.
 */
final class NioConnection implements TransportConnection, IoHandler {
    private static final Logger log = LoggerFactory.getLogger(NioConnection.class);
    /** Reads per readiness: bounded so one busy connection cannot hold the loop. */
    private static final int MAX_READS_PER_READY = 16;
    private static final int OPEN = 0;
    private static final int CLOSING = 1;
    private static final int CLOSED = 2;

    private final NioTransport transport;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final Endpoint remote;
    private final TransportListener listener;
    /** Reads into a direct buffer: the socket fills it without a copy through a temporary one. */
    private final FrameDecoder reader;
    private final FrameDecoder.Sink deliver = this::deliver;
    private final FrameWriter writer = new FrameWriter();
    private final AtomicInteger state = new AtomicInteger(OPEN);
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Runnable flushTask = this::flush;
    /** Whether OP_WRITE is in the interest set. I/O thread only. */
    private boolean waitingForWritable;

    NioConnection(NioTransport transport, SocketChannel channel, SelectionKey key, Endpoint remote, TransportListener listener) {
        this.transport = transport;
        this.channel = channel;
        this.key = key;
        this.remote = remote;
        this.listener = listener;
        // A prefix too short for a header is refused at once: waiting for its bytes would only delay the close.
        this.reader = new FrameDecoder(ByteBuffer.allocateDirect(FrameDecoder.DEFAULT_BUFFER_SIZE),
                FrameFormat.HEADER, transport.maxFrameLength());
    }

    /**
     * Queues {@code frame} for sending; from any thread, never blocks. After a close the frame is
     * dropped.
     *
     * @throws IllegalArgumentException when the frame's package is longer than the transport's
     *     {@code maxFrameLength}; the frame is refused and the connection stays open
     */
    @Override
    public void send(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        int length = FrameFormat.packageLength(frame);
        if (length > transport.maxFrameLength()) {
            throw new IllegalArgumentException("Frame of " + length + " bytes is over the limit of "
                    + transport.maxFrameLength() + " bytes (maxFrameLength): " + frame);
        }
        if (state.get() != OPEN) {
            return;
        }
        writer.enqueue(frame);
        if (!flushScheduled.get() && flushScheduled.compareAndSet(false, true)) {
            transport.loop().execute(flushTask);
        }
    }

    /** Closes after writing what the socket takes of the frames already queued; {@code onClosed(null)} follows once. */
    @Override
    public void close() {
        if (state.compareAndSet(OPEN, CLOSING)) {
            // Always through the loop, also from a listener: a read in progress must not see the channel vanish.
            transport.loop().execute(() -> closeNow(null));
        }
    }

    @Override
    public boolean isOpen() {
        return state.get() == OPEN;
    }

    @Override
    public Endpoint remote() {
        return remote;
    }

    @Override
    public void onReady(int readyOps) {
        try {
            if ((readyOps & SelectionKey.OP_WRITE) != 0) {
                flush();
            }
            if ((readyOps & SelectionKey.OP_READ) != 0 && state.get() == OPEN) {
                read();
            }
        } catch (IOException e) {
            closeNow(new IOException("Connection to " + remote + " failed: " + e.getMessage(), e));
        } catch (MalformedFrameException e) {
            log.warn("[{}] closing the connection: {}", remote, e.getMessage());
            closeNow(e);
        }
    }

    private void read() throws IOException {
        for (int reads = 0; reads < MAX_READS_PER_READY; reads++) {
            ByteBuffer buffer = reader.buffer();
            int count = channel.read(buffer);
            if (count < 0) {
                closeNow(new EOFException("Connection closed by the peer " + remote));
                return;
            }
            if (count == 0) {
                return;
            }
            boolean filled = !buffer.hasRemaining();
            reader.drain(deliver);
            if (!filled || state.get() != OPEN) {
                return; // a read that left room has emptied the socket: spare the syscall that says so
            }
        }
    }

    private boolean deliver(Frame frame) {
        if (state.get() != OPEN) {
            return false;
        }
        if (log.isTraceEnabled()) {
            log.trace("[{}] received {}", remote, frame);
        }
        try {
            listener.onFrame(this, frame);
            return true;
        } catch (RuntimeException e) {
            log.warn("[{}] the listener failed on {}; closing the connection", remote, frame, e);
            closeNow(e);
            return false;
        }
    }

    /** Writes what is queued; I/O thread. */
    private void flush() {
        if (state.get() == CLOSED) {
            return;
        }
        try {
            boolean written = writer.writeTo(channel);
            setWaitingForWritable(!written);
            if (!written) {
                return; // flushScheduled stays set: OP_WRITE brings us back
            }
            flushScheduled.set(false);
            // A frame queued after the last drain but before the flag cleared found it set: go again.
            if (writer.hasQueued() && flushScheduled.compareAndSet(false, true)) {
                transport.loop().execute(flushTask);
            }
        } catch (IOException e) {
            closeNow(new IOException("Connection to " + remote + " failed: " + e.getMessage(), e));
        }
    }

    private void setWaitingForWritable(boolean waiting) {
        if (waiting != waitingForWritable) {
            key.interestOps(waiting ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            waitingForWritable = waiting;
        }
    }

    @Override
    public void closeNow(Throwable cause) {
        if (state.getAndSet(CLOSED) == CLOSED) {
            return;
        }
        transport.untrack(this);
        if (cause == null) {
            flushBeforeClose();
        }
        release();
        log.debug("[{}] connection closed{}", remote, cause == null ? "" : ": " + cause);
        try {
            listener.onClosed(this, cause);
        } catch (RuntimeException e) {
            log.warn("[{}] the listener failed on onClosed", remote, e);
        }
    }

    /** Closes without telling the listener: for a connection whose connect the caller cancelled. */
    void abandon() {
        state.set(CLOSED);
        transport.untrack(this);
        release();
    }

    /** An orderly close sends what the socket takes now; it never waits for a slow peer. */
    private void flushBeforeClose() {
        try {
            if (writer.writeTo(channel)) {
                channel.shutdownOutput();
            }
        } catch (IOException e) {
            log.debug("[{}] could not flush before closing: {}", remote, e.toString());
        }
    }

    private void release() {
        key.cancel();
        writer.discard();
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("[{}] closing the channel failed", remote, e);
        }
    }

    @Override
    public String toString() {
        return "NioConnection[" + remote + (isOpen() ? "" : ", closed") + "]";
    }
}
