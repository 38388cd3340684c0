package io.extreme.typed;

import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;

/**
 * Hears a typed volatile or catch-up subscription: decoded events, going live, the drop. Same
 * contract as {@link SubscriptionListener}; an undecodable event under
 * {@link UndecodableEvents#FAIL} drops the subscription with {@link DropReason#HANDLER_ERROR}
 * and the {@link EventDecodingException}.
 *
 * @param <T> the class the events are read as
 */
@FunctionalInterface
public interface TypedSubscriptionListener<T> {
    /** One event; throwing drops the subscription. */
    void onEvent(Subscription subscription, TypedEvent<T> event) throws Exception;

    /** A catch-up subscription has read the past and now follows the stream live. */
    default void onLive(Subscription subscription) {
    }

    /** The subscription ended, once. */
    default void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
    }
}
