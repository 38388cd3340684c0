package io.extreme.testkit.inmemory;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.spi.message.Message;
import io.extreme.testkit.server.ConnectionSession;
import io.extreme.testkit.server.SessionHost;
import io.extreme.testkit.server.SessionOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Both ends of one in-memory connection: the client's {@link TransportConnection} and the
 * server session's {@link SessionOutput}. Every step, in either direction, is a task on the
 * transport's single thread, so frames keep their order and the listener is called on that
 * thread only, after the engine has let go of its lock.
 *
 * <p>There is no socket, so there are no socket buffers: while the client has suspended reading,
 * the server's frames wait in {@link #held}, in order, as they would in the kernel's buffers and
 * the server's send queue. That queue is bounded only by what the server sends meanwhile, as a
 * real server's send queue is bounded by its own limit (PROTOCOL.md §4.5); the testkit's server
 * sets none. The client's sends go straight to the session, so the connection is always
 * writable and never calls {@code onWritable}.
 */
final class InMemoryConnection implements TransportConnection, SessionOutput {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryConnection.class);

    private final InMemoryTransport transport;
    private final Endpoint remote;
    private final TransportListener listener;
    private SessionHost host;
    private ConnectionSession session;
    /** False once either side asked to close: sends are dropped from then on. */
    private volatile boolean open = true;
    /** The listener heard onClosed; transport thread only. */
    private boolean listenerClosed;
    /** Whether the client wants frames; written from any thread, acted on on the transport thread. */
    private volatile boolean reading = true;
    /** Frames that arrived while reading was suspended, oldest first; transport thread only. */
    private final ArrayDeque<Frame> held = new ArrayDeque<>();
    /** When a frame was last handed to the listener. */
    private volatile long lastReceived = System.nanoTime();

    InMemoryConnection(InMemoryTransport transport, Endpoint remote, TransportListener listener) {
        this.transport = transport;
        this.remote = remote;
        this.listener = listener;
    }

    /** Opens the server side; on the transport thread. */
    void open(SessionHost host) {
        this.host = host;
        this.session = host.open(this, "in-memory");
    }

    // ---- client side ----

    /**
     * Hands {@code frame} to the server session, on the transport's thread.
     *
     * @throws IllegalArgumentException when the frame is longer than the settings allow; the
     *     connection stays open
     */
    @Override
    public void send(Frame frame) {
        int length = FrameFormat.packageLength(frame);
        if (length > transport.maxFrameLength()) {
            throw new IllegalArgumentException("frame of " + length + " bytes is over the limit of "
                    + transport.maxFrameLength() + ": " + frame);
        }
        if (open) {
            transport.run(() -> {
                if (!open) {
                    return;
                }
                if (overrunsAuthenticationSection(frame)) {
                    session.onBadFrame("Received bad network package. Error: Login length is too big,"
                            + " it doesn't fit into TcpPackage.");
                } else {
                    session.onFrame(frame);
                }
            });
        }
    }

    /**
     * The real server's parser refuses an authenticated package whose password and payload are
     * both empty (PROTOCOL.md §1.5); over TCP the framing catches it, here there are no bytes.
     */
    private static boolean overrunsAuthenticationSection(Frame frame) {
        return frame.credentials() != null && frame.credentials().password().isEmpty() && frame.payload().length == 0;
    }

    @Override
    public void close() {
        endBy(null);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public Endpoint remote() {
        return remote;
    }

    @Override
    public void suspendReading() {
        reading = false;
    }

    @Override
    public void resumeReading() {
        reading = true;
        transport.run(() -> {
            while (reading && !listenerClosed && !held.isEmpty()) {
                deliverNow(held.poll());
            }
        });
    }

    @Override
    public long lastReceivedNanos() {
        return lastReceived;
    }

    @Override
    public boolean isWritable() {
        return open;
    }

    // ---- server side ----

    @Override
    public void send(UUID correlationId, Message message) {
        if (!open) {
            return;
        }
        transport.run(() -> {
            if (listenerClosed) {
                return;
            }
            Frame frame;
            try {
                frame = host.codec().encode(correlationId, null, message);
            } catch (RuntimeException e) {
                LOG.error("cannot encode {} for {}", message, correlationId, e);
                return;
            }
            deliver(frame);
        });
    }

    @Override
    public void close(boolean flushFirst, String reason) {
        // Everything already queued is delivered before the close either way: same thread, in order.
        endBy(new IOException("the in-memory EventStore at " + remote + " closed the connection: " + reason));
    }

    private void endBy(IOException cause) {
        if (!open) {
            return;
        }
        open = false;
        boolean queued = transport.run(() -> finish(cause));
        if (!queued) {
            finish(cause); // the transport's thread is gone; nobody else will
        }
    }

    private void finish(IOException cause) {
        if (listenerClosed) {
            return;
        }
        listenerClosed = true;
        held.clear();
        transport.forget(this);
        if (session != null) {
            session.ended();
        }
        try {
            listener.onClosed(this, cause);
        } catch (RuntimeException e) {
            LOG.error("the transport listener failed on close", e);
        }
    }

    private void deliver(Frame frame) {
        if (!reading || !held.isEmpty()) {
            held.add(frame); // behind those held before, so that the order stays
            return;
        }
        deliverNow(frame);
    }

    private void deliverNow(Frame frame) {
        lastReceived = System.nanoTime();
        try {
            listener.onFrame(this, frame);
        } catch (RuntimeException e) {
            LOG.error("the transport listener failed on {}", frame, e);
        }
    }

    @Override
    public String toString() {
        return "InMemoryConnection[" + remote + ", " + session + "]";
    }
}
