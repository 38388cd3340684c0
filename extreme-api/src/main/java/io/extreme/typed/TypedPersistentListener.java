package io.extreme.typed;

import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.subscription.DropReason;

/**
 * Hears a persistent subscription with decoded events: turn it into a
 * {@link PersistentSubscriptionListener} with {@link io.extreme.TypedClient#persistentListener}. Same
 * contract as {@link PersistentSubscriptionListener}; acks and nacks go through the
 * {@link PersistentSubscription} with {@code event.raw()}.
 *
 * @param <T> the class the events are read as
 */
@FunctionalInterface
public interface TypedPersistentListener<T> {
    /** One event and how often it was delivered before; throwing counts as the handler's failure. */
    void onEvent(PersistentSubscription subscription, TypedEvent<T> event, int retryCount) throws Exception;

    /** The consumer ended, once. */
    default void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
    }
}
