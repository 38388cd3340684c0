package io.extreme.testkit.server;

import io.extreme.spi.ProtocolCodec;
import io.extreme.testkit.engine.EventStoreEngine;
import io.extreme.testkit.engine.ServerGeneration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection of one in-memory EventStore shares, whichever way it came in (TCP or the
 * in-memory transport): the engine, the codec, the heartbeat timer and settings, the faults tests
 * ask for, and the list of open sessions so that a shutdown closes all of them.
 *
 * <p>Threads: safe to use from any thread.
 */
public final class SessionHost implements AutoCloseable {
    private static final AtomicInteger TIMERS = new AtomicInteger();

    private final EventStoreEngine engine;
    private final ProtocolCodec codec;
    private final ServerGeneration generation;
    private final HeartbeatSettings heartbeatSettings;
    private final ScheduledThreadPoolExecutor timer;
    private final Set<ConnectionSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final FaultInjector faults = new FaultInjector();
    private volatile boolean closed;
    /** Set while the node serves no persistent subscriptions (it is shutting down or not master). */
    private volatile boolean persistentStopped;

    /**
     * @param engine            answers the requests of every connection
     * @param codec             decodes requests and encodes replies; its version (3 or 4) also
     *                          decides which server the sessions behave as ({@link ServerGeneration})
     * @param heartbeatSettings when the server asks idle clients and gives up on silent ones
     * @throws IllegalArgumentException when the codec speaks a version other than 3 or 4
     */
    public SessionHost(EventStoreEngine engine, ProtocolCodec codec, HeartbeatSettings heartbeatSettings) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.generation = ServerGeneration.ofProtocol(codec.version());
        this.heartbeatSettings = Objects.requireNonNull(heartbeatSettings, "heartbeatSettings");
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("extreme-testkit-heartbeat-" + TIMERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // A closed connection cancels its pending heartbeat check; it must not linger in the queue.
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Opens the session of a new connection and starts its heartbeat.
     *
     * @param output where the session's frames go
     * @param kind   how the client came in, for logs ({@code "tcp"}, {@code "in-memory"})
     * @throws IllegalStateException when this host is closed
     */
    public ConnectionSession open(SessionOutput output, String kind) {
        if (closed) {
            throw new IllegalStateException("the in-memory EventStore is closed");
        }
        ConnectionSession session = new ConnectionSession(this, output, kind + "-" + connections.incrementAndGet());
        sessions.add(session);
        if (closed) {
            // Raced with close(): it may not have seen this one.
            sessions.remove(session);
            throw new IllegalStateException("the in-memory EventStore is closed");
        }
        session.start();
        return session;
    }

    public EventStoreEngine engine() {
        return engine;
    }

    public ProtocolCodec codec() {
        return codec;
    }

    /** The server every session of this host behaves as: EventStore 3.9.3 under protocol v3, 4.1.4 under v4. */
    public ServerGeneration generation() {
        return generation;
    }

    /** The faults every session of this host makes on purpose; none until a test asks. */
    public FaultInjector faults() {
        return faults;
    }

    HeartbeatSettings heartbeatSettings() {
        return heartbeatSettings;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    void forget(ConnectionSession session) {
        sessions.remove(session);
        synchronized (sessions) {
            sessions.notifyAll(); // a graceful shutdown waits for the last one
        }
    }

    /**
     * Stops serving persistent subscriptions, as a real node does when it starts shutting down or
     * stops being master ({@code PersistentSubscriptionService}, 3.x to 5.x): every consumer
     * connected here gets SubscriptionDropped(Unsubscribed) and leaves its group, the connections
     * stay open, and a ConnectToPersistentSubscription that reaches the service gets no answer
     * until {@link #startPersistentSubscriptions}.
     */
    public void stopPersistentSubscriptions() {
        persistentStopped = true;
        for (ConnectionSession session : List.copyOf(sessions)) {
            session.persistentConsumers.dropAll(engine, session);
        }
    }

    /** Serves persistent subscriptions again, as a node that becomes master does. */
    public void startPersistentSubscriptions() {
        persistentStopped = false;
    }

    boolean persistentSubscriptionsStopped() {
        return persistentStopped;
    }

    /**
     * Closes every session as a node asked to shut down does: what each has queued goes out
     * first (the drops of {@link #stopPersistentSubscriptions}, say), for at most {@code grace};
     * then as {@link #close()}. New connections are refused from the start.
     */
    public void shutDown(Duration grace) {
        closed = true;
        for (ConnectionSession session : List.copyOf(sessions)) {
            session.shutdown("the in-memory EventStore shut down", true);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (sessions) {
            long left;
            while (!sessions.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(sessions, left); // woken by forget
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break; // asked to hurry: the rest close at once
                }
            }
        }
        close();
    }

    /** The sessions still open; for tests and diagnostics. */
    public int openSessions() {
        return sessions.size();
    }

    /** Closes every session's connection and stops the timer. Idempotent. */
    @Override
    public void close() {
        closed = true;
        for (ConnectionSession session : List.copyOf(sessions)) {
            session.shutdown("the in-memory EventStore shut down", false);
        }
        timer.shutdownNow();
    }
}
