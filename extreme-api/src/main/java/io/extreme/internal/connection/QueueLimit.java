package io.extreme.internal.connection;

import io.extreme.ExtremeSettings;
import io.extreme.error.OperationQueueFullException;
import io.extreme.internal.operation.Operation;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound of the operations queue: how many operations may be admitted and not sent yet
 * ({@link ExtremeSettings#maxQueueSize()}). They are counted on the callers' threads, so that a
 * full queue refuses at once, before anything hops onto the engine thread. Apart from the
 * {@link Dispatcher} because it is the one part of the operations side that any thread touches.
 *
 * <p>Operations the client makes for itself ({@link Operation#reserved}: a catch-up's page and
 * head reads and its live subscription, a Listener's attempts) are admitted past the bound and
 * not counted: users' appends filling the queue must not end the subscriptions that read them.
 * They need no bound of their own, because each is tied to a subscription the user opened, and
 * each has only a few outstanding: a catch-up one page read, one head read of its watchdog and one
 * subscribe; a Listener its catch-up's and one read of its stream's head per attempt. Their number
 * is bounded by the subscriptions, each of which holds far more memory than these few requests.
 */
final class QueueLimit {
    private final int maxQueueSize;
    /** Operations admitted and not sent yet; never above {@link #maxQueueSize} for long. */
    private final AtomicInteger queued = new AtomicInteger();

    QueueLimit(ExtremeSettings settings) {
        this.maxQueueSize = settings.maxQueueSize();
    }

    /** Counts {@code operation} in; false (and not counted) when the queue is full. Any thread. */
    boolean enter(Operation<?> operation) {
        if (operation.reserved) {
            return true; // not counted: see the class comment
        }
        if (queued.incrementAndGet() > maxQueueSize) {
            queued.decrementAndGet();
            return false;
        }
        operation.queued = true;
        return true;
    }

    /** Why {@code operation} was refused. */
    OperationQueueFullException full(Operation<?> operation) {
        return new OperationQueueFullException("Cannot " + operation.describe() + ": "
                + maxQueueSize + " operations are already waiting to be sent (maxQueueSize).");
    }

    /** The first send, the end or the cancel of an admitted operation frees its place in the queue. Any thread. */
    void leave(Operation<?> operation) {
        if (operation.queued) {
            operation.queued = false;
            queued.decrementAndGet();
        }
    }
}
