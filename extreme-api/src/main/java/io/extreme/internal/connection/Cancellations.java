package io.extreme.internal.connection;

import io.extreme.internal.operation.Operation;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.TransportConnection;
import io.extreme.subscription.DropReason;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * What the user withdraws: an operation whose future was cancelled, a subscription closed or
 * whose start was cancelled. An operation still waiting to be sent is taken out and frees its
 * queue slot at once; one sent is forgotten, which frees its in-flight slot, and its late answer
 * becomes a stray: ignored, or for a subscription's confirmation answered with an unsubscribe
 * ({@link StrayFrames}), so that no subscription is left running on the server. Apart from the
 * {@link Dispatcher} because none of it sends or routes. Engine thread only.
 */
final class Cancellations {
    private final OperationTable operations;
    private final LiveSubscriptions subscriptions;
    private final QueueLimit queue;
    private final Executor callbacks;

    Cancellations(OperationTable operations, LiveSubscriptions subscriptions, QueueLimit queue, Executor callbacks) {
        this.operations = operations;
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.callbacks = callbacks;
    }

    /** The user cancelled {@code operation}'s future; nothing when it was answered meanwhile. */
    void cancel(Operation<?> operation, TransportConnection connection) {
        if (operation instanceof SubscribeOperation subscription && subscriptions.isLive(subscription)) {
            unsubscribe(subscription, connection); // confirmed before the cancel got here: closing it is what is left
            return;
        }
        if (!operations.withdraw(operation)) {
            return; // answered, failed or expired already: the user's copy was cancelled, that is all
        }
        operation.cancelled = true;
        queue.leave(operation);
        if (operation instanceof SubscribeOperation subscription) {
            subscription.feed.dropped(DropReason.UNSUBSCRIBED, null);
        } else {
            // The engine's future ends too, on the callback executor, so that what was composed on it is not left waiting.
            operation.fail(callbacks, new CancellationException("Cancelled: " + operation.describe() + "."));
        }
    }

    /** Ends {@code subscription} at the user's request: the server confirms, or it ends here at once. */
    void unsubscribe(SubscribeOperation subscription, TransportConnection connection) {
        if (!subscriptions.cancel(subscription, connection, operations)) {
            if (operations.withdraw(subscription)) {
                queue.leave(subscription); // it waited to be sent: it never will be
            }
            subscription.feed.dropped(DropReason.UNSUBSCRIBED, null);
        }
    }
}
