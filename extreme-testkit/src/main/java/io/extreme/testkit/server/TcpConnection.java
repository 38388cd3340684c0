package io.extreme.testkit.server;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameEncoder;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import io.extreme.transport.nio.TlsChannel;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One accepted socket of the {@link TcpServer}: reads frames into its {@link ConnectionSession}
 * and writes what the session and the engine queue for it. Everything but {@link #send} and
 * {@link #close} runs on the server's selector thread; those two only queue and, from another
 * thread, wake the selector. Replies are encoded on the selector thread and written with the
 * client's own {@link FrameEncoder}, in as few writes as the socket allows: a burst of pipelined
 * requests is answered with one write.
 */
final class TcpConnection implements SessionOutput, FrameReader.Sink {
    private static final Logger LOG = LoggerFactory.getLogger(TcpConnection.class);
    /** A real 3.x/4.x server's limit on messages waiting to be sent to one slow client. */
    static final int MAX_QUEUED_MESSAGES = 50_000;
    /** Writes per flush: no budget, a test's few connections each write until their socket is full. */
    private static final int WRITES_PER_FLUSH = Integer.MAX_VALUE;

    private final TcpServer server;
    private final SocketChannel channel;
    /** The socket, or its TLS; frames are read from and written to it. */
    private final ByteChannel wire;
    /** The connection's TLS, or {@code null} for plain TCP. */
    private final TlsChannel tls;
    /** Whether frames may flow: at once for plain TCP, after the handshake for TLS. Selector thread only. */
    private boolean ready;
    private final SelectionKey key;
    private final FrameReader reader = new FrameReader(FrameFormat.DEFAULT_MAX_FRAME_LENGTH);
    /**
     * Replies and pushes from the session and the engine, any thread; bounded by
     * {@link #MAX_QUEUED_MESSAGES}, past which the connection is closed as a real server does.
     */
    private final ConcurrentLinkedQueue<Outgoing> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    /** Heap, as the reader's buffer: memory that goes with the connection. Selector thread only. */
    private final FrameEncoder writer = new FrameEncoder(ByteBuffer.allocate(FrameEncoder.DEFAULT_BUFFER_SIZE));
    private final FrameEncoder.Source replies = this::nextFrame;
    private ConnectionSession session;
    private volatile CloseRequest closeRequest;
    private boolean closed;

    TcpConnection(TcpServer server, SocketChannel channel, SelectionKey key, SSLEngine engine) throws IOException {
        this.server = server;
        this.channel = channel;
        this.key = key;
        this.tls = engine == null ? null : new TlsChannel(channel, engine);
        this.wire = tls != null ? tls : channel;
        this.ready = tls == null;
        if (tls != null) {
            engine.beginHandshake();
        }
    }

    /** Goes on with the TLS handshake; true once frames may flow. Selector thread only. */
    private boolean handshaken() {
        if (ready) {
            return true;
        }
        try {
            switch (tls.handshake()) {
                case NEED_READ -> key.interestOps(SelectionKey.OP_READ);
                case NEED_WRITE -> key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                case DONE -> {
                    ready = true;
                    key.interestOps(SelectionKey.OP_READ);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeNow("TLS handshake failed: " + e.getMessage());
        }
        return ready;
    }

    void attach(ConnectionSession session) {
        this.session = session;
    }

    @Override
    public void send(UUID correlationId, Message message) {
        if (closeRequest != null) {
            return;
        }
        queue.add(new Outgoing(correlationId, message));
        int size = queued.incrementAndGet();
        if (size > MAX_QUEUED_MESSAGES) {
            // A client that does not read: the real server gives up on it the same way.
            queue.add(new Outgoing(Frame.ZERO_ID, new BadRequest("Connection queue size is too large: " + size + ".")));
            close(true, "send queue too large");
        }
        scheduleFlush();
    }

    @Override
    public void close(boolean flushFirst, String reason) {
        if (closeRequest == null) {
            closeRequest = new CloseRequest(flushFirst, reason);
            scheduleFlush();
        }
    }

    private void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true)) {
            server.requestFlush(this);
        }
    }

    /** The socket has bytes (or its end): read, frame, and hand the frames to the session. */
    void onReadable() {
        if (!handshaken()) {
            return;
        }
        boolean more;
        do {
            more = readOnce() && tls != null && tls.hasBufferedInput(); // TLS may hold bytes the socket will not announce again
        } while (more);
        if (ready && !queue.isEmpty()) {
            scheduleFlush(); // replies queued while the handshake ran
        }
    }

    /** One read and its frames; true when the connection goes on reading. */
    private boolean readOnce() {
        int read;
        try {
            read = wire.read(reader.buffer());
        } catch (IOException e) {
            closeNow("read failed: " + e.getMessage());
            return false;
        }
        if (read < 0) {
            closeNow("closed by the client");
            return false;
        }
        if (read > 0) {
            session.markReceived();
            if (!reader.drain(this)) {
                // Stop reading: the session closes the connection (after its BadRequest).
                key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
                return false;
            }
        }
        return read > 0;
    }

    @Override
    public boolean frame(Frame frame) {
        session.onFrame(frame);
        return closeRequest == null;
    }

    @Override
    public void framingError(String reason) {
        session.onBadFrame(reason);
    }

    /** Writes what is queued; called by the selector thread after a flush request or OP_WRITE. */
    void flush() {
        flushScheduled.set(false);
        if (closed || !handshaken()) {
            return; // a flush asked for during the handshake comes again once it is done
        }
        CloseRequest close = closeRequest;
        if (close != null && !close.flushFirst()) {
            closeNow(close.reason());
            return;
        }
        try {
            boolean written = writer.writeTo(wire, replies, WRITES_PER_FLUSH) && (tls == null || tls.flush());
            if (!written && close == null) {
                // A close does not wait for a peer that takes no more without blocking.
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
                return;
            }
        } catch (IOException e) {
            closeNow("write failed: " + e.getMessage());
            return;
        }
        if (close != null) {
            closeNow(close.reason());
        } else if ((key.interestOps() & SelectionKey.OP_WRITE) != 0) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
        }
    }

    /** The next queued message as a frame, encoded on the selector thread; null when none waits. */
    private Frame nextFrame() {
        Outgoing next = queue.poll();
        if (next == null) {
            return null;
        }
        queued.decrementAndGet();
        return server.encode(next.correlationId(), next.message());
    }

    /** Closes the socket now and tells the session; selector thread only. Idempotent. */
    void closeNow(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        if (closeRequest == null) {
            closeRequest = new CloseRequest(false, reason);
        }
        LOG.debug("connection {} closed: {}", session, reason);
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing the socket failed", e);
        }
        server.forget(this);
        if (session != null) {
            session.ended();
        }
    }

    private record Outgoing(UUID correlationId, Message message) {
    }

    private record CloseRequest(boolean flushFirst, String reason) {
    }
}
