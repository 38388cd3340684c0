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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Both ends of one in-memory connection: the client's {@link TransportConnection} and the
 * server session's {@link SessionOutput}. Every step, in either direction, is a task on the
 * transport's single thread, so frames keep their order and the listener is called on that
 * thread only, after the engine has let go of its lock.
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
