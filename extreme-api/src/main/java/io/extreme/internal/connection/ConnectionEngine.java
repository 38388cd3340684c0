package io.extreme.internal.connection;

import io.extreme.ExtremeSettings;
import io.extreme.error.ClientClosedException;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.Discovery;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.spi.message.Message;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The client's engine: one connection at a time, its handshake, heartbeats, reconnects (with
 * backoff, a limit, and redirects to the master) and the final close. All of it runs on
 * {@link #loop}, a single thread, so there are no locks; this class is the engine as every
 * other thread sees it, and hops each call and each transport callback onto that thread. What
 * happens there is the {@link ConnectionLife}'s; the attempts to connect are the
 * {@link ReconnectLoop}'s, the operations the {@link Dispatcher}'s. One periodic tick serves
 * every timeout. User futures and lifecycle events go out on the callback executor.
 *
 * <p>The hop from the I/O thread onto {@link #loop} is the engine's inbound queue. Its bound is
 * the {@link InboundGate}'s: past the high water the connection stops reading, and the rest
 * waits in the socket buffers and the server. The server's HeartbeatRequests do not queue at
 * all: they are answered on the I/O thread, so that an engine that is behind is not taken for
 * a dead client (PROTOCOL.md §4.4: the receiver answers promptly, in any state). While reading
 * is suspended the server's requests cannot be read, so the client asks instead: once as it
 * suspends, and every heartbeat interval after that from the tick ({@link Heartbeat}), which
 * is what a server counts as the client's life.
 */
public final class ConnectionEngine implements TransportListener {
    private final ExtremeSettings settings;
    private final Discovery discovery;
    private final ScheduledExecutorService loop;
    /** Every immediate task of the engine goes through it; timers go to {@link #loop}. */
    private final EngineInbox inbox;
    private final ConnectionLife life;
    private final Dispatcher dispatcher;
    private final InboundGate gate;

    /**
     * @param loop       the engine thread: a single-threaded scheduler, shut down when the engine stops
     * @param onShutdown runs on the engine thread once it has stopped, after everything was let go
     */
    public ConnectionEngine(ExtremeSettings settings, Transport transport, NegotiatedCodec codec, Discovery discovery,
                     Executor callbacks, ScheduledExecutorService loop, Runnable onShutdown) {
        this.settings = settings;
        this.discovery = discovery;
        this.loop = loop;
        this.inbox = new EngineInbox(loop);
        // The inbox shuts the scheduler down once the tasks it accepted have run.
        Runnable stop = () -> {
            inbox.close();
            onShutdown.run();
        };
        this.life = new ConnectionLife(settings, transport, codec, discovery, callbacks, loop, stop, this, this::onLoop);
        this.dispatcher = life.dispatcher;
        this.gate = life.gate;
    }

    public void start() {
        long tick = Math.max(10, Math.min(100, settings.heartbeatInterval().toMillis() / 5));
        loop.scheduleAtFixedRate(life::tick, tick, tick, TimeUnit.MILLISECONDS);
        long gossip = settings.cluster().backgroundGossip().toMillis();
        if (gossip > 0) {
            GossipWatch watch = new GossipWatch(discovery, this::onLoop, life::connectedTo, life::redirect,
                    settings.connectionName());
            loop.scheduleWithFixedDelay(watch::ask, gossip, gossip, TimeUnit.MILLISECONDS);
        }
        inbox.execute(life::connect);
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
            inbox.execute(() -> {
                if (life.stopped()) {
                    dispatcher.fail(operation, closedFor(operation));
                } else {
                    dispatcher.accept(operation);
                }
            });
        } catch (RejectedExecutionException stopped) {
            dispatcher.fail(operation, closedFor(operation));
        }
    }

    private static ClientClosedException closedFor(Operation<?> operation) {
        return new ClientClosedException("The client is closed; cannot " + operation.describe() + ".");
    }

    /** The protocol version of the current (or last) connection: 3 or 4; 0 before the first. Any thread. */
    public int protocolVersion() {
        return life.protocolVersion();
    }

    /** Whether the client has stopped for good (closed by the user, or gave up reconnecting). Any thread. */
    public boolean isClosed() {
        return life.isClosed();
    }

    /**
     * Starts the close: pending operations fail, the transport and discovery close, the engine
     * thread ends. Returns at once, never waits (the caller may be the engine thread itself):
     * whoever must see the end waits for the engine's executor to terminate. Any thread.
     */
    public void close() {
        try {
            inbox.execute(() -> life.shutdown(new ClientClosedException("The client was closed."), true));
        } catch (RejectedExecutionException alreadyClosed) {
            // Stopped before (closed, or gave up reconnecting): the executor is terminating already.
        }
    }

    /** Sends {@code message} under a live subscription's correlation id (acks, naks); dropped when it is not live. Any thread. */
    public void sendOnSubscription(SubscribeOperation subscription, Message message) {
        onLoop(() -> dispatcher.sendOnSubscription(subscription, message));
    }

    /** Runs {@code task} on the engine thread after {@code millis}; nothing once the engine stopped. Any thread. */
    public void later(long millis, Runnable task) {
        try {
            loop.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // The engine stopped: the task has nothing left to act on.
        }
    }

    /**
     * Withdraws {@code operation}, whose future the user cancelled: never sent if it still waits
     * (its queue slot freed at once), forgotten if sent (a late answer is ignored, a late
     * subscription confirmation unsubscribed). Nothing once it was answered. Any thread.
     */
    public void cancel(Operation<?> operation) {
        onLoop(() -> dispatcher.cancel(operation));
    }

    /** The bound on the inbound queue, with its counts of pauses and resumes. Any thread. */
    public InboundGate inboundGate() {
        return gate;
    }

    /** Ends {@code subscription} at the user's request. Any thread. */
    public void unsubscribe(SubscribeOperation subscription) {
        onLoop(() -> dispatcher.unsubscribe(subscription));
    }

    // ---- what the transport says, on its threads ----------------------------------------------

    @Override
    public void onFrame(TransportConnection from, Frame frame) {
        if (frame.command() == TcpCommand.HEARTBEAT_REQUEST) {
            from.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
            return;
        }
        if (gate.arrived(from, frame)) {
            // The server's HeartbeatRequests now wait behind what we do not read: let it hear from us.
            from.send(Frame.of(TcpCommand.HEARTBEAT_REQUEST, CorrelationIds.next(), null));
        }
        onLoop(() -> {
            try {
                life.received(from, frame);
            } finally {
                gate.handled(frame);
            }
        });
    }

    /** The connection's outbound queue drained: the operations held back for it may go. */
    @Override
    public void onWritable(TransportConnection connection) {
        onLoop(dispatcher::drain);
    }

    @Override
    public void onClosed(TransportConnection gone, Throwable cause) {
        onLoop(() -> life.lost(gone, cause));
    }

    private void onLoop(Runnable task) {
        try {
            inbox.execute(task);
        } catch (RejectedExecutionException stopped) {
            // The engine stopped: whatever arrives now has nobody to go to.
        }
    }
}
