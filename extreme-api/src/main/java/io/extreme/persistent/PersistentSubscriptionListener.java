package io.extreme.persistent;

import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;

/**
 * Receives a persistent-subscription consumer's events, in the order the server sends them, one at
 * a time, on the client's callback executor. A handler that throws drops the consumer with
 * {@link DropReason#HANDLER_ERROR}; what it had not acknowledged comes again, to it or another.
 */
@FunctionalInterface
public interface PersistentSubscriptionListener {
    /**
     * An event.
     *
     * @param retryCount how many times it was delivered before (0 the first time); always 0 from
     *                   servers before EventStore 4.1, which do not report it
     */
    void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) throws Exception;

    /** The consumer ended; called exactly once. */
    default void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
    }
}
