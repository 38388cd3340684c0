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
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open connection of the {@link NioTransport}. {@link #send}, {@link #write}, {@link #flush}
 * and {@link #close} may be called from any thread; reading and the listener's callbacks happen
 * on the I/O thread, and writing there too but for a caller's {@link #flush}, which writes on the
 * caller's thread so that the engine's burst of frames needs no wake-up of the I/O thread.
 *
 * <p>Sending wakes the I/O thread only when no flush is already due; {@link Outbound} says who
 * writes when.
 *
 * <p>Read demand: {@link #suspendReading} takes {@code OP_READ} out of the interest set (on the
 * I/O thread), so the kernel's receive buffer fills and TCP tells the peer to wait; the decoder's
 * one buffer is all this side holds meanwhile. Writability is the {@link FrameWriter}'s count.
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
    /** What frames are read from and written to: the socket, or its {@link TlsChannel}. */
    private final ByteChannel wire;
    private final SelectionKey key;
    private final Endpoint remote;
    private final TransportListener listener;
    /** Reads into a direct buffer: the socket fills it without a copy through a temporary one. */
    private final FrameDecoder reader;
    private final FrameDecoder.Sink deliver = this::deliver;
    private final AtomicInteger state = new AtomicInteger(OPEN);
    private final Runnable readDemandTask = this::applyReadDemand;
    private final Interest interest;
    private final Outbound outbound;
    /** When a whole frame last arrived (bytes that never make one prove nothing); stamped by the I/O thread. */
    private volatile long lastReceived = System.nanoTime();

    NioConnection(NioTransport transport, SocketChannel channel, TlsChannel tls, SelectionKey key, Endpoint remote,
                  TransportListener listener) {
        this.transport = transport;
        this.channel = channel;
        this.wire = tls != null ? tls : channel;
        this.key = key;
        this.remote = remote;
        this.listener = listener;
        this.interest = new Interest(key);
        this.outbound = new Outbound(wire, transport.loop(), interest, new Outbound.Owner() {
            @Override
            public boolean isOpen() {
                return state.get() == OPEN;
            }

            @Override
            public boolean isClosed() {
                return state.get() == CLOSED;
            }

            @Override
            public void writeFailed(IOException failure) {
                closeNow(new IOException("Connection to " + remote + " failed: " + failure.getMessage(), failure));
            }

            @Override
            public void drained() {
                tellWritable();
            }
        });
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
        if (accepts(frame)) {
            outbound.send(frame);
        }
    }

    /** Queues {@code frame} for the caller's {@link #flush}; see {@link TransportConnection#write}. */
    @Override
    public void write(Frame frame) {
        if (accepts(frame)) {
            outbound.queue(frame);
        }
    }

    /** Writes what is queued on the calling thread; see {@link Outbound#flush}. */
    @Override
    public void flush() {
        outbound.flush();
    }

    /** Whether {@code frame} is to be queued: false once closed; refused when over the limit. */
    private boolean accepts(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        int length = FrameFormat.packageLength(frame);
        if (length > transport.maxFrameLength()) {
            throw new IllegalArgumentException("Frame of " + length + " bytes is over the limit of "
                    + transport.maxFrameLength() + " bytes (maxFrameLength): " + frame);
        }
        return state.get() == OPEN;
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
    public void suspendReading() {
        interest.demand(false);
        transport.loop().execute(readDemandTask);
    }

    @Override
    public void resumeReading() {
        interest.demand(true);
        transport.loop().execute(readDemandTask);
    }

    @Override
    public long lastReceivedNanos() {
        return lastReceived;
    }

    @Override
    public boolean isWritable() {
        return state.get() == OPEN && outbound.isWritable();
    }

    /** Bytes sent and not yet taken by the socket; for tests. */
    long pendingBytes() {
        return outbound.pendingBytes();
    }

    /** Brings OP_READ in line with the demand last asked for. I/O thread. */
    private void applyReadDemand() {
        if (state.get() != CLOSED && interest.applyReadDemand()) {
            log.debug("[{}] reading {}", remote, interest.wantsReading() ? "resumed" : "suspended");
            readBufferedLater();
        }
    }

    /** TLS may hold bytes the socket will not announce again: they are read on the loop's next turn. */
    private void readBufferedLater() {
        if (wire instanceof TlsChannel t && t.hasBufferedInput() && interest.wantsReading() && state.get() == OPEN) {
            transport.loop().execute(() -> onReady(SelectionKey.OP_READ));
        }
    }

    /** Tells the listener the queue has drained below the low water. I/O thread. */
    private void tellWritable() {
        try {
            listener.onWritable(this);
        } catch (RuntimeException e) {
            log.warn("[{}] the listener failed on onWritable", remote, e);
        }
    }

    @Override
    public void onReady(int readyOps) {
        try {
            if ((readyOps & SelectionKey.OP_WRITE) != 0) {
                outbound.flushOnLoop();
            }
            if ((readyOps & SelectionKey.OP_READ) != 0 && state.get() == OPEN) {
                read();
                readBufferedLater();
            }
        } catch (IOException e) {
            closeNow(new IOException("Connection to " + remote + " failed: " + e.getMessage(), e));
        } catch (MalformedFrameException e) {
            log.warn("[{}] closing the connection: {}", remote, e.getMessage());
            closeNow(e);
        }
    }

    private void read() throws IOException {
        for (int reads = 0; reads < MAX_READS_PER_READY && interest.wantsReading(); reads++) {
            ByteBuffer buffer = reader.buffer();
            int count = wire.read(buffer);
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
        lastReceived = System.nanoTime(); // a whole frame, not bytes alone: see lastReceivedNanos()
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

    @Override
    public void closeNow(Throwable cause) {
        if (state.getAndSet(CLOSED) == CLOSED) {
            return;
        }
        transport.untrack(this);
        release(cause == null);
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
        release(false);
    }

    /** An orderly close first sends what the socket takes now; it never waits for a slow peer. */
    private void release(boolean orderly) {
        key.cancel();
        try {
            outbound.close(orderly);
        } catch (IOException e) {
            log.debug("[{}] could not flush before closing: {}", remote, e.toString());
        }
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
