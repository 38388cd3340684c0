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

    /** The first send or the end of an admitted operation frees its place in the queue. Any thread. */
    void leave(Operation<?> operation) {
        if (operation.queued) {
            operation.queued = false;
            queued.decrementAndGet();
        }
    }
}
