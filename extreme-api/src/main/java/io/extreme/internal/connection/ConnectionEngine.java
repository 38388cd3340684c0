package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConnectionClosedException;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.Discovery;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.spi.message.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's engine: one connection at a time, its handshake, heartbeats, reconnects (with
 * backoff, a limit, and redirects to the master) and the final close; the operations on it are
 * the {@link Dispatcher}'s. Every field below is touched only on {@link #loop}, a single thread,
 * so there are no locks: transport callbacks and user calls hop onto it. One periodic tick
 * serves every timeout. User futures and lifecycle events go out on the callback executor.
 */
public final class ConnectionEngine implements TransportListener, Dispatcher.Wire {
    private static final Logger log = LoggerFactory.getLogger(ConnectionEngine.class);

    private enum State { CONNECTING, HANDSHAKE, CONNECTED, CLOSED }

    private final ExtremeSettings settings;
    private final Transport transport;
    private final Discovery discovery;
    private final ScheduledExecutorService loop;
    private final Runnable onShutdown;
    private final String name;
    private final Dispatcher dispatcher;
    private final Handshake handshake;
    private final Heartbeat heartbeat;
    private final ReconnectPolicy reconnects;
    private final Lifecycle lifecycle;
    private final NegotiatedCodec codec;
    /** The protocol version each node spoke, so that a reconnect to it need not ask again. */
    private final Map<Endpoint, Integer> spoken = new HashMap<>();
    /** The version of the current (or last) connection; 0 before the first. Read from any thread. */
    private volatile int protocolVersion;

    private State state = State.CONNECTING;
    /** Set once, when the engine stops for good; read from any thread. */
    private volatile boolean closed;
    private TransportConnection connection;
    private Endpoint endpoint;
    private Endpoint lastFailed;
    /** The master a NotMaster answer named: the next connection goes there, not to discovery. */
    private Endpoint redirect;
    private int failedAttempts;

    public ConnectionEngine(ExtremeSettings settings, Transport transport, NegotiatedCodec codec, Discovery discovery,
                     Executor callbacks, ScheduledExecutorService loop, Runnable onShutdown) {
        this.settings = settings;
        this.transport = transport;
        this.discovery = discovery;
        this.loop = loop;
        this.onShutdown = onShutdown;
        this.name = settings.connectionName();
        this.codec = codec;
        this.dispatcher = new Dispatcher(settings, codec, callbacks, loop, this);
        this.handshake = new Handshake(settings, codec);
        this.heartbeat = new Heartbeat(settings);
        this.reconnects = new ReconnectPolicy(settings);
        this.lifecycle = new Lifecycle(settings.connectionListeners(), callbacks);
    }

    public void start() {
        long tick = Math.max(10, Math.min(100, settings.heartbeatInterval().toMillis() / 5));
        loop.scheduleAtFixedRate(this::onTick, tick, tick, TimeUnit.MILLISECONDS);
        long gossip = settings.cluster().backgroundGossip().toMillis();
        if (gossip > 0) {
            GossipWatch watch = new GossipWatch(discovery, this::onLoop, () -> state == State.CONNECTED ? endpoint : null,
                    this::redirect, name);
            loop.scheduleWithFixedDelay(watch::ask, gossip, gossip, TimeUnit.MILLISECONDS);
        }
        loop.execute(this::connect);
    }

    /**
     * Sends {@code operation} now if connected and below the in-flight limit, else when it can;
     * fails it at once when the queue is full. Any thread.
     */
    public <T> void submit(Operation<T> operation) {
        if (!dispatcher.admit(operation)) {
            return;
        }
        try {
            loop.execute(() -> {
                if (state == State.CLOSED) {
                    dispatcher.fail(operation, closedFor(operation));
                } else {
                    dispatcher.accept(operation);
                }
            });
        } catch (RejectedExecutionException stopped) {
            dispatcher.fail(operation, closedFor(operation));
        }
    }

    private static ConnectionClosedException closedFor(Operation<?> operation) {
        return new ConnectionClosedException("The client is closed; cannot " + operation.describe() + ".");
    }

    /** The protocol version of the current (or last) connection: 3 or 4; 0 before the first. Any thread. */
    public int protocolVersion() {
        return protocolVersion;
    }

    /** Whether the client has stopped for good (closed by the user, or gave up reconnecting). Any thread. */
    public boolean isClosed() {
        return closed;
    }

    /** Closes the client: pending operations fail. Waits briefly for the engine to stop. */
    public void close() {
        try {
            loop.execute(() -> shutdown(new ConnectionClosedException("The client was closed."), true));
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (RejectedExecutionException alreadyClosed) {
            // closed before: nothing to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- connecting -------------------------------------------------------------------------

    private void connect() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CONNECTING;
        if (redirect != null) {
            Endpoint master = redirect;
            redirect = null;
            open(master);
            return;
        }
        discovery.discover(lastFailed).whenComplete((found, error) -> onLoop(() -> {
            if (state == State.CLOSED) {
                return;
            }
            if (error != null) {
                connectFailed(null, error);
            } else {
                open(found);
            }
        }));
    }

    private void open(Endpoint target) {
        log.debug("[{}] connecting to {}", name, target);
        transport.connect(target, this).whenComplete((opened, failure) -> onLoop(() -> opened(target, opened, failure)));
    }

    private void opened(Endpoint target, TransportConnection opened, Throwable failure) {
        if (state == State.CLOSED) {
            if (opened != null) {
                opened.close();
            }
            return;
        }
        if (failure != null) {
            connectFailed(target, failure);
            return;
        }
        connection = opened;
        endpoint = target;
        state = State.HANDSHAKE;
        heartbeat.received(System.nanoTime());
        Frame first = handshake.begin(System.nanoTime(), spoken.getOrDefault(target, 0));
        if (first == null) {
            connected();
        } else {
            connection.send(first);
        }
    }

    private void connectFailed(Endpoint target, Throwable error) {
        failedAttempts++;
        lastFailed = target;
        if (reconnects.exhausted(failedAttempts)) {
            shutdown(new ConnectionClosedException("Could not connect to EventStore" + (target == null ? "" : " at " + target)
                    + " after " + failedAttempts + (failedAttempts == 1 ? " attempt" : " attempts in a row") + " (maxReconnectAttempts "
                    + settings.maxReconnectAttempts() + "): " + error.getMessage(), error), false);
            return;
        }
        log.debug("[{}] connection attempt {} failed: {}", name, failedAttempts, error.toString());
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        state = State.CONNECTING;
        Duration delay = redirect != null ? Duration.ZERO : reconnects.delay(failedAttempts);
        lifecycle.reconnecting(failedAttempts + 1, delay);
        loop.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void connected() {
        state = State.CONNECTED;
        failedAttempts = 0;
        int version = handshake.version();
        codec.use(version);
        Integer before = spoken.put(endpoint, version);
        protocolVersion = version;
        if (before == null || before != version) {
            log.info("[{}] {} speaks protocol v{}{}", name, endpoint, version,
                    ExtremeSettings.PROTOCOL_AUTO.equals(settings.protocol()) ? " (chosen by its answer to IdentifyClient)" : "");
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
        redirect = master;
        if (connection != null) {
            log.info("[{}] leaving {} for {}: {}", name, endpoint, master, cause.getMessage());
            drop(cause);
        }
    }

    // ---- receiving ----------------------------------------------------------------------------

    @Override
    public void onFrame(TransportConnection from, Frame frame) {
        onLoop(() -> received(from, frame));
    }

    @Override
    public void onClosed(TransportConnection gone, Throwable cause) {
        onLoop(() -> lost(gone, cause));
    }

    private void received(TransportConnection from, Frame frame) {
        if (from != connection) {
            return;
        }
        heartbeat.received(System.nanoTime()); // any frame is proof of life
        switch (frame.command()) {
            case TcpCommand.HEARTBEAT_REQUEST -> connection.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
            case TcpCommand.HEARTBEAT_RESPONSE -> { }
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

    private void lost(TransportConnection gone, Throwable cause) {
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
        if (handshaking && redirect == null) {
            // A node that lets us in and closes before the handshake is done is a failed attempt.
            connectFailed(endpoint, cause != null ? cause : new ConnectionClosedException("Closed during the handshake."));
            return;
        }
        lastFailed = redirect == null ? endpoint : null;
        scheduleReconnect();
    }

    // ---- time ----------------------------------------------------------------------------------

    private void onTick() {
        if (state == State.CLOSED) {
            return;
        }
        long now = System.nanoTime();
        dispatcher.expire(now);
        if (connection == null) {
            return;
        }
        if (state == State.HANDSHAKE && handshake.expired(now)) {
            ConnectionClosedException silent = new ConnectionClosedException("No answer to " + handshake.waitingFor()
                    + " from " + endpoint + " within the handshake timeout (" + settings.handshakeTimeout().toMillis()
                    + " ms): is it an EventStore TCP endpoint?");
            log.warn("[{}] {}; reconnecting", name, silent.getMessage());
            lifecycle.error(silent);
            drop(silent);
            return;
        }
        if (state != State.CONNECTED) {
            return; // the handshake has its own timeout
        }
        switch (heartbeat.check(now)) {
            case SEND -> connection.send(Frame.of(TcpCommand.HEARTBEAT_REQUEST, CorrelationIds.next(), null));
            case DEAD -> {
                log.warn("[{}] no data from {} within the heartbeat timeout; closing the connection", name, endpoint);
                drop(new ConnectionClosedException("No data from " + endpoint + " within the heartbeat timeout ("
                        + settings.heartbeatTimeout().toMillis() + " ms)."));
            }
            case FINE -> { }
        }
    }

    // ---- the end -------------------------------------------------------------------------------

    private void shutdown(RuntimeException reason, boolean byUser) {
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
        transport.close();
        discovery.close();
        dispatcher.closeAll(reason);
        lifecycle.closed(byUser ? null : reason);
        loop.shutdown();
        onShutdown.run();
    }

    /** Sends {@code message} under a live subscription's correlation id (acks, naks); dropped when it is not live. Any thread. */
    public void sendOnSubscription(SubscribeOperation subscription, Message message) {
        onLoop(() -> dispatcher.sendOnSubscription(subscription, message));
    }

    /** Ends {@code subscription} at the user's request. Any thread. */
    public void unsubscribe(SubscribeOperation subscription) {
        onLoop(() -> dispatcher.unsubscribe(subscription));
    }

    private void onLoop(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException stopped) {
            // The engine stopped: whatever arrives now has nobody to go to.
        }
    }
}
