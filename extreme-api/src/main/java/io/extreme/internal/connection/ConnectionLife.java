package io.extreme.internal.connection;

import io.extreme.ProtocolVersion;
import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.ConnectionLostException;
import io.extreme.spi.Discovery;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection's life on the engine thread: one connection at a time, from open through its
 * handshake, its frames and heartbeats to its loss, and the final close. The attempts to open
 * one are the {@link ReconnectLoop}'s, the operations on it the {@link Dispatcher}'s; other
 * threads reach this through {@link ConnectionEngine}, which hops onto the engine thread. Every
 * field is touched only there (the two volatile ones are also read from any thread), so there
 * are no locks. Its log lines keep the {@link ConnectionEngine} logger they always had.
 */
final class ConnectionLife implements Dispatcher.Wire, ReconnectLoop.Owner {
    private static final Logger log = LoggerFactory.getLogger(ConnectionEngine.class);

    private enum State { CONNECTING, HANDSHAKE, CONNECTED, CLOSED }

    private final ExtremeSettings settings;
    private final ScheduledExecutorService loop;
    private final Runnable onShutdown;
    private final String name;
    final Dispatcher dispatcher;
    /** The bound on frames handed over and not yet handled; the engine passes every frame through it. */
    final InboundGate gate;
    private final Handshake handshake;
    private final Heartbeat heartbeat;
    private final Lifecycle lifecycle;
    private final NegotiatedCodec codec;
    private final ReconnectLoop attempts;
    /** The version of the current (or last) connection; 0 before the first. Read from any thread. */
    private volatile int protocolVersion;

    private State state = State.CONNECTING;
    /** Set once, when the engine stops for good; read from any thread. */
    private volatile boolean closed;
    private TransportConnection connection;
    private Endpoint endpoint;

    /**
     * @param listener hears every connection's frames and close, and hops them back here
     * @param onLoop   runs a task on the engine thread, or drops it once the engine stopped
     */
    ConnectionLife(ExtremeSettings settings, Transport transport, NegotiatedCodec codec, Discovery discovery,
                   Executor callbacks, ScheduledExecutorService loop, Runnable onShutdown, TransportListener listener,
                   Consumer<Runnable> onLoop) {
        this.settings = settings;
        this.loop = loop;
        this.onShutdown = onShutdown;
        this.name = settings.connectionName();
        this.codec = codec;
        this.dispatcher = new Dispatcher(settings, codec, callbacks, loop, this);
        this.gate = new InboundGate(name);
        this.handshake = new Handshake(settings, codec);
        this.heartbeat = new Heartbeat(settings);
        this.lifecycle = new Lifecycle(settings.connectionListeners(), callbacks);
        this.attempts = new ReconnectLoop(this, settings, transport, listener, discovery, lifecycle, loop, onLoop);
    }

    /** The protocol version of the current (or last) connection; 0 before the first. Any thread. */
    int protocolVersion() {
        return protocolVersion;
    }

    /** Whether the engine has stopped for good. Any thread. */
    boolean isClosed() {
        return closed;
    }

    /** The node connected to now, or {@code null} while not connected: what background gossip compares. */
    Endpoint connectedTo() {
        return state == State.CONNECTED ? endpoint : null;
    }

    // ---- connecting ---------------------------------------------------------------------------

    /** The first attempt; the attempt loop makes the others. */
    void connect() {
        attempts.connect();
    }

    @Override
    public boolean stopped() {
        return state == State.CLOSED;
    }

    @Override
    public void connecting() {
        state = State.CONNECTING;
    }

    @Override
    public void opened(Endpoint target, TransportConnection opened) {
        if (!opened.isOpen()) {
            // Closed before the engine took it: its onClosed may have come first and found no
            // connection to drop (a peer that accepts and resets at once). Taking it now would make
            // a dead connection the current one, which nothing would notice but the heartbeat.
            attempts.failed(target, new ConnectionLostException("Closed as soon as it opened."));
            return;
        }
        connection = opened;
        endpoint = target;
        state = State.HANDSHAKE;
        heartbeat.restart(System.nanoTime());
        Frame first = handshake.begin(System.nanoTime(), target);
        if (first == null) {
            connected();
        } else {
            connection.send(first);
        }
    }

    @Override
    public void giveUp(RuntimeException reason) {
        shutdown(reason, false);
    }

    private void connected() {
        state = State.CONNECTED;
        attempts.succeeded();
        int version = handshake.version();
        codec.use(version);
        boolean news = handshake.remember(endpoint);
        protocolVersion = version;
        if (news) {
            log.info("[{}] {} speaks protocol v{}{}", name, endpoint, version,
                    settings.protocol() == ProtocolVersion.AUTO ? " (chosen by its answer to IdentifyClient)" : "");
        }
        log.debug("[{}] connected to {}", name, endpoint);
        lifecycle.connected(endpoint);
        dispatcher.drain();
    }

    private void handshakeReply(Frame frame) {
        if (handshake.authenticating() && frame.command() == TcpCommand.NOT_AUTHENTICATED) {
            lifecycle.authenticationFailed(endpoint, new String(frame.payload(), StandardCharsets.UTF_8));
        }
        switch (handshake.reply(frame, System.nanoTime())) {
            case NEXT -> connection.send(handshake.next());
            case DONE -> connected();
            case REFUSED -> shutdown(handshake.refusal(frame, endpoint), false);
        }
    }

    // ---- the wire, for the dispatcher ---------------------------------------------------------

    @Override
    public TransportConnection ready() {
        return state == State.CONNECTED ? connection : null;
    }

    @Override
    public Endpoint node() {
        return endpoint;
    }

    /** Lets the current connection go now, as if the transport had reported it closed, and reconnects. */
    @Override
    public void drop(Throwable cause) {
        TransportConnection current = connection;
        if (current != null) {
            lost(current, cause);
            current.close(); // its own close report then finds it forgotten
        }
    }

    @Override
    public void redirect(Endpoint master, Throwable cause) {
        attempts.redirect(master);
        if (connection != null) {
            log.info("[{}] leaving {} for {}: {}", name, endpoint, master, cause.getMessage());
            drop(cause);
        }
    }

    // ---- receiving ----------------------------------------------------------------------------

    void received(TransportConnection from, Frame frame) {
        if (from != connection) {
            return;
        }
        switch (frame.command()) {
            case TcpCommand.HEARTBEAT_REQUEST, TcpCommand.HEARTBEAT_RESPONSE -> { } // proof of life is the transport's; the engine answered
            default -> {
                if (state == State.HANDSHAKE && handshake.owns(frame)) {
                    handshakeReply(frame);
                } else if (state == State.CONNECTED) {
                    dispatcher.received(frame);
                } else {
                    log.trace("[{}] frame before the handshake ended: {}", name, frame);
                }
            }
        }
    }

    void lost(TransportConnection gone, Throwable cause) {
        if (gone != connection) {
            return;
        }
        connection = null;
        if (state == State.CLOSED) {
            return;
        }
        boolean handshaking = state == State.HANDSHAKE;
        log.info("[{}] connection to {} lost{}", name, endpoint, cause == null ? "" : ": " + cause.getMessage());
        if (cause instanceof MalformedFrameException) {
            lifecycle.error(cause);
        }
        if (!handshaking) {
            lifecycle.disconnected(endpoint, cause); // pairs with the "connected" it had
        }
        dispatcher.connectionLost(endpoint, cause);
        if (handshaking && !attempts.redirecting()) {
            // A node that lets us in and closes before the handshake is done is a failed attempt.
            attempts.failed(endpoint, cause != null ? cause : new ConnectionLostException("Closed during the handshake."));
            return;
        }
        attempts.lost(endpoint);
    }

    // ---- time ----------------------------------------------------------------------------------

    /** The periodic tick: operation timeouts, the handshake's timeout, heartbeats. */
    void tick() {
        if (state == State.CLOSED) {
            return;
        }
        long now = System.nanoTime();
        dispatcher.expire(now);
        if (connection == null) {
            return;
        }
        if (state == State.HANDSHAKE && handshake.expired(now)) {
            ConnectionClosedException silent = handshake.unanswered(endpoint);
            log.warn("[{}] {}; reconnecting", name, silent.getMessage());
            lifecycle.error(silent);
            drop(silent);
            return;
        }
        if (state != State.CONNECTED) {
            return; // the handshake has its own timeout
        }
        switch (heartbeat.check(now, connection.lastReceivedNanos(), gate.resumedAt(), gate.isPausing(connection))) {
            case SEND -> connection.send(Frame.of(TcpCommand.HEARTBEAT_REQUEST, CorrelationIds.next(), null));
            case DEAD -> {
                log.warn("[{}] no data from {} within the heartbeat timeout; closing the connection", name, endpoint);
                drop(heartbeat.dead(endpoint));
            }
            case FINE -> { }
        }
    }

    // ---- the end -------------------------------------------------------------------------------

    /** Stops the engine for good: {@code byUser} for a close, else the reason is logged as giving up. */
    void shutdown(RuntimeException reason, boolean byUser) {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        closed = true;
        if (!byUser) {
            log.error("[{}] giving up: {}", name, reason.getMessage());
        }
        // Release the network first, so that whoever hears of the close finds everything let go.
        if (connection != null) {
            connection.close();
            connection = null;
        }
        attempts.close();
        dispatcher.closeAll(reason);
        lifecycle.closed(byUser ? null : reason);
        onShutdown.run(); // stops the engine's queue, which shuts the engine thread down once drained
    }
}
