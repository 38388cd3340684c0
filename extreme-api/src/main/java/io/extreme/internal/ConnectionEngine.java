package io.extreme.internal;

import io.extreme.ConnectionClosedException;
import io.extreme.DropReason;
import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.OperationTimeoutException;
import io.extreme.spi.Discovery;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's engine: one connection at a time, its handshake, the operations in flight, retries,
 * reconnects, heartbeats and timeouts. Every field below is touched only on {@link #loop}, a
 * single thread, so there are no locks: transport callbacks and user calls hop onto it.
 * One periodic tick serves every timeout. User futures complete on the callback executor.
 */
final class ConnectionEngine implements TransportListener {
    private static final Logger log = LoggerFactory.getLogger(ConnectionEngine.class);

    private enum State { CONNECTING, HANDSHAKE, CONNECTED, CLOSED }

    private final ExtremeSettings settings;
    private final Transport transport;
    private final ProtocolCodec codec;
    private final Discovery discovery;
    private final Executor callbacks;
    private final ScheduledExecutorService loop;
    private final Runnable onShutdown;
    private final String name;

    private State state = State.CONNECTING;
    private TransportConnection connection;
    private Endpoint endpoint;
    private Endpoint lastFailed;
    private int failedAttempts;
    private final OperationTable operations;
    private final LiveSubscriptions subscriptions;
    private final Handshake handshake;
    private final Heartbeat heartbeat;

    ConnectionEngine(ExtremeSettings settings, Transport transport, ProtocolCodec codec, Discovery discovery,
                     Executor callbacks, ScheduledExecutorService loop, Runnable onShutdown) {
        this.settings = settings;
        this.transport = transport;
        this.codec = codec;
        this.discovery = discovery;
        this.callbacks = callbacks;
        this.loop = loop;
        this.onShutdown = onShutdown;
        this.name = settings.connectionName();
        this.operations = new OperationTable(settings.operationTimeout().toNanos());
        this.subscriptions = new LiveSubscriptions(codec);
        this.handshake = new Handshake(settings, codec);
        this.heartbeat = new Heartbeat(settings);
    }

    void start() {
        long tick = Math.max(10, Math.min(100, settings.heartbeatInterval().toMillis() / 5));
        loop.scheduleAtFixedRate(this::onTick, tick, tick, TimeUnit.MILLISECONDS);
        loop.execute(this::connect);
    }

    /** Sends {@code operation} now if connected, else when the connection is ready. Any thread. */
    <T> void submit(Operation<T> operation) {
        try {
            loop.execute(() -> {
                if (state == State.CLOSED) {
                    fail(operation, new ConnectionClosedException("The client is closed; cannot " + operation.describe() + "."));
                } else if (state == State.CONNECTED) {
                    send(operation);
                } else {
                    operations.park(operation, System.nanoTime());
                }
            });
        } catch (RejectedExecutionException closed) {
            fail(operation, new ConnectionClosedException("The client is closed; cannot " + operation.describe() + "."));
        }
    }

    /** Closes the client: pending operations fail. Waits briefly for the engine to stop. */
    void close() {
        try {
            loop.execute(() -> shutdown(new ConnectionClosedException("The client was closed.")));
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
        discovery.discover(lastFailed).whenComplete((found, error) -> onLoop(() -> {
            if (state == State.CLOSED) {
                return;
            }
            if (error != null) {
                connectFailed(null, error);
                return;
            }
            log.debug("[{}] connecting to {}", name, found);
            transport.connect(found, this).whenComplete((opened, failure) -> onLoop(() -> opened(found, opened, failure)));
        }));
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
        Frame first = handshake.begin(System.nanoTime());
        if (first == null) {
            connected();
        } else {
            connection.send(first);
        }
    }

    private void connectFailed(Endpoint target, Throwable error) {
        failedAttempts++;
        lastFailed = target;
        int max = settings.maxReconnectAttempts();
        if (max >= 0 && failedAttempts > max) {
            shutdown(new ConnectionClosedException("Could not connect to EventStore" + (target == null ? "" : " at " + target)
                    + " after " + failedAttempts + " attempts: " + error.getMessage(), error));
            return;
        }
        log.debug("[{}] connection attempt {} failed: {}", name, failedAttempts, error.toString());
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        state = State.CONNECTING;
        loop.schedule(this::connect, settings.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void connected() {
        state = State.CONNECTED;
        failedAttempts = 0;
        log.debug("[{}] connected to {}", name, endpoint);
        Operation<?> parked;
        while (state == State.CONNECTED && (parked = operations.nextParked()) != null) {
            send(parked);
        }
    }

    // ---- sending and receiving --------------------------------------------------------------

    private void send(Operation<?> operation) {
        UUID id = CorrelationIds.next();
        Frame frame;
        try {
            frame = operation instanceof RawOperation raw ? raw.frame(id)
                    : codec.encode(id, operation.credentials, operation.request());
        } catch (RuntimeException e) {
            fail(operation, e);
            return;
        }
        if (operation instanceof SubscribeOperation subscription) {
            if (subscription.cancelled) {
                subscription.feed.dropped(DropReason.UNSUBSCRIBED, null);
                return;
            }
            subscription.correlationId = id;
        }
        operation.attempts++;
        boolean answered = !(operation instanceof RawOperation raw) || raw.expectsReply();
        if (answered) {
            operations.sent(id, operation, System.nanoTime());
        }
        try {
            connection.send(frame);
        } catch (RuntimeException refused) {
            operations.answered(id);
            fail(operation, refused);
            return;
        }
        if (!answered) {
            complete(operation, null);
        }
    }

    @Override
    public void onFrame(TransportConnection from, Frame frame) {
        onLoop(() -> received(from, frame));
    }

    @Override
    public void onClosed(TransportConnection closed, Throwable cause) {
        onLoop(() -> lost(closed, cause));
    }

    private void received(TransportConnection from, Frame frame) {
        if (from != connection) {
            return;
        }
        heartbeat.received(System.nanoTime());
        switch (frame.command()) {
            case TcpCommand.HEARTBEAT_REQUEST -> {
                connection.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
                return;
            }
            case TcpCommand.HEARTBEAT_RESPONSE -> {
                return;
            }
            default -> { }
        }
        if (state == State.HANDSHAKE && handshake.owns(frame)) {
            handshakeReply(frame);
            return;
        }
        if (subscriptions.route(frame.correlationId(), frame)) {
            return;
        }
        Operation<?> operation = operations.answered(frame.correlationId());
        if (operation instanceof SubscribeOperation subscription) {
            subscriptions.answered(subscription, frame, connection::send);
            return;
        }
        if (operation == null) {
            if (frame.command() == TcpCommand.BAD_REQUEST && Frame.ZERO_ID.equals(frame.correlationId())) {
                log.warn("[{}] server rejected the connection: {}", name, new String(frame.payload(), StandardCharsets.UTF_8));
            } else {
                log.trace("[{}] frame for no operation: {}", name, frame);
            }
            return;
        }
        answer(operation, frame);
    }

    private void answer(Operation<?> operation, Frame frame) {
        Outcome<?> outcome = Replies.outcome(operation, frame, codec, endpoint);
        if (outcome.isRetry()) {
            retry(operation, outcome.retryReason, outcome.whenExhausted);
        } else if (outcome.failure != null) {
            fail(operation, outcome.failure);
        } else {
            complete(operation, outcome.value);
        }
    }

    private void retry(Operation<?> operation, String reason, RuntimeException whenExhausted) {
        if (operation.attempts > settings.maxOperationRetries()) {
            fail(operation, whenExhausted);
            return;
        }
        log.debug("[{}] retrying {} ({}), attempt {}", name, operation.describe(), reason, operation.attempts + 1);
        if (state == State.CONNECTED) {
            send(operation);
        } else {
            operations.park(operation, System.nanoTime());
        }
    }

    private void handshakeReply(Frame frame) {
        switch (handshake.reply(frame, System.nanoTime())) {
            case NEXT -> connection.send(handshake.next(System.nanoTime()));
            case DONE -> connected();
            case REFUSED -> shutdown(handshake.refusal(frame, endpoint));
        }
    }

    private void lost(TransportConnection closed, Throwable cause) {
        if (closed != connection) {
            return;
        }
        connection = null;
        if (state == State.CLOSED) {
            return;
        }
        log.info("[{}] connection to {} lost{}", name, endpoint, cause == null ? "" : ": " + cause.getMessage());
        List<SubscribeOperation> resume = subscriptions.connectionLost(
                new ConnectionClosedException("The connection to " + endpoint + " closed.", cause));
        for (Operation<?> operation : operations.takeAll()) {
            if (operation.attempts > settings.maxOperationRetries()) {
                fail(operation, new ConnectionClosedException("Connection to " + endpoint + " lost during "
                        + operation.describe() + " and no retries are left.", cause));
            } else {
                operations.park(operation, System.nanoTime());
            }
        }
        for (SubscribeOperation subscription : resume) {
            operations.park(subscription, System.nanoTime());
        }
        lastFailed = endpoint;
        scheduleReconnect();
    }

    // ---- time ----------------------------------------------------------------------------------

    private void onTick() {
        if (state == State.CLOSED) {
            return;
        }
        long now = System.nanoTime();
        operations.expireSent(now, operation -> fail(operation, new OperationTimeoutException("No answer from "
                + endpoint + " to " + operation.describe() + " within " + settings.operationTimeout().toMillis() + " ms.")));
        operations.expireParked(now, operation -> fail(operation, new OperationTimeoutException("Could not "
                + operation.describe() + ": no connection to EventStore within " + settings.operationTimeout().toMillis() + " ms.")));
        if (connection != null) {
            if (state == State.HANDSHAKE && handshake.expired(now)) {
                log.warn("[{}] no answer to the handshake from {} within {} ms; reconnecting", name, endpoint,
                        settings.operationTimeout().toMillis());
                connection.close();
                return;
            }
            switch (heartbeat.check(now)) {
                case SEND -> connection.send(Frame.of(TcpCommand.HEARTBEAT_REQUEST, CorrelationIds.next(), null));
                case DEAD -> {
                    log.warn("[{}] no data from {} within the heartbeat timeout; closing the connection", name, endpoint);
                    connection.close();
                }
                case FINE -> { }
            }
        }
    }

    // ---- completion ----------------------------------------------------------------------------

    private void shutdown(RuntimeException reason) {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        // Release the network first, so that whoever hears of the close finds everything let go.
        if (connection != null) {
            connection.close();
            connection = null;
        }
        transport.close();
        discovery.close();
        subscriptions.dropAll(reason);
        for (Operation<?> operation : operations.takeAll()) {
            fail(operation, reason);
        }
        loop.shutdown();
        onShutdown.run();
    }

    private void complete(Operation<?> operation, Object value) {
        operation.complete(callbacks, value);
    }

    private void fail(Operation<?> operation, Throwable error) {
        operation.fail(callbacks, error);
    }

    /** Sends {@code message} under a live subscription's correlation id (acks, naks); dropped when it is not live. Any thread. */
    void sendOnSubscription(SubscribeOperation subscription, io.extreme.spi.message.Message message) {
        onLoop(() -> subscriptions.send(subscription, message, connection));
    }

    /** Ends {@code subscription} at the user's request. Any thread. */
    void unsubscribe(SubscribeOperation subscription) {
        onLoop(() -> {
            if (!subscriptions.cancel(subscription, connection, operations)) {
                subscription.feed.dropped(DropReason.UNSUBSCRIBED, null);
            }
        });
    }

    private void onLoop(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException closed) {
            // The engine stopped: whatever arrives now has nobody to go to.
        }
    }
}
