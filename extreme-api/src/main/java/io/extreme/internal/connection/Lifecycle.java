package io.extreme.internal.connection;

import io.extreme.ConnectionListener;
import io.extreme.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the settings' {@link ConnectionListener}s what happens to the connection, in order, on
 * the callback executor: the engine thread only queues. One drain at a time walks the queue, so
 * a "disconnected" never overtakes the "connected" before it.
 */
final class Lifecycle {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final List<ConnectionListener> listeners;
    private final Executor callbacks;
    private final Queue<Consumer<ConnectionListener>> events = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    Lifecycle(List<ConnectionListener> listeners, Executor callbacks) {
        this.listeners = listeners;
        this.callbacks = callbacks;
    }

    void connected(Endpoint node) {
        emit(l -> l.connected(node));
    }

    void disconnected(Endpoint node, Throwable cause) {
        emit(l -> l.disconnected(node, cause));
    }

    void reconnecting(int attempt, Duration delay) {
        emit(l -> l.reconnecting(attempt, delay));
    }

    void error(Throwable error) {
        emit(l -> l.error(error));
    }

    void authenticationFailed(Endpoint node, String reason) {
        emit(l -> l.authenticationFailed(node, reason));
    }

    void closed(Throwable cause) {
        emit(l -> l.closed(cause));
    }

    private void emit(Consumer<ConnectionListener> event) {
        if (listeners.isEmpty()) {
            return;
        }
        events.add(event);
        if (draining.compareAndSet(false, true)) {
            try {
                callbacks.execute(this::drain);
            } catch (RejectedExecutionException shutDown) {
                drain(); // the client is going away: the last events are still owed
            }
        }
    }

    private void drain() {
        do {
            Consumer<ConnectionListener> event;
            while ((event = events.poll()) != null) {
                for (ConnectionListener listener : listeners) {
                    try {
                        event.accept(listener);
                    } catch (RuntimeException | Error e) {
                        log.warn("a connection listener failed: {}", e.toString());
                    }
                }
            }
            draining.set(false);
            // An event queued after the poll above but before the flag fell would wait for ever.
        } while (!events.isEmpty() && draining.compareAndSet(false, true));
    }
}
