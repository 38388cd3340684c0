package io.extreme.testkit.inmemory;

import io.extreme.Endpoint;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.testkit.server.SessionHost;
import java.net.ConnectException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Transport} without sockets: its connections hand {@link io.extreme.spi.Frame}s
 * straight to the session of an in-memory EventStore of this JVM, which treats them exactly as
 * its TCP server does. Like a network transport it owns one thread (a daemon named
 * {@code extreme-inmemory-N}); the server side of its connections runs there, and the
 * listener's callbacks and the connect futures complete there, in order, never on the caller's
 * thread and never under the engine's lock.
 */
public final class InMemoryTransport implements Transport {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int maxFrameLength;
    private final ExecutorService thread;
    private final Set<InMemoryConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param maxFrameLength the largest frame a connection sends, as the settings say */
    public InMemoryTransport(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "extreme-inmemory-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CompletableFuture<TransportConnection> connect(Endpoint endpoint, TransportListener listener) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(listener, "listener");
        CompletableFuture<TransportConnection> future = new CompletableFuture<>();
        boolean queued = run(() -> {
            SessionHost host = InMemoryRegistry.lookup(endpoint);
            if (host == null || closed) {
                future.completeExceptionally(new ConnectException("no in-memory EventStore runs at " + endpoint
                        + " (start one with EmbeddedEventStore.start() and connect to its endpoint())"));
                return;
            }
            InMemoryConnection connection = new InMemoryConnection(this, endpoint, listener);
            try {
                connection.open(host);
            } catch (IllegalStateException e) {
                future.completeExceptionally(new ConnectException("the in-memory EventStore at " + endpoint
                        + " is shutting down"));
                return;
            }
            connections.add(connection);
            future.complete(connection);
        });
        if (!queued) {
            future.completeExceptionally(new IllegalStateException("the in-memory transport is closed"));
        }
        return future;
    }

    /** Closes every connection (each listener hears onClosed with no cause) and ends the thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (InMemoryConnection connection : List.copyOf(connections)) {
            connection.close();
        }
        // The close callbacks are queued before the shutdown, so they still run.
        thread.shutdown();
    }

    int maxFrameLength() {
        return maxFrameLength;
    }

    void forget(InMemoryConnection connection) {
        connections.remove(connection);
    }

    /** Runs {@code task} on the transport's thread; {@code false} once the thread is gone. */
    boolean run(Runnable task) {
        try {
            thread.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
