package io.extreme.subscription;

import io.extreme.event.ResolvedEvent;

/**
 * Receives a subscription's events, in order, one at a time, on the client's callback executor
 * (never on an I/O thread). A handler that throws drops the subscription with
 * {@link DropReason#HANDLER_ERROR} and the exception as the cause.
 */
@FunctionalInterface
public interface SubscriptionListener {
    /** An event. */
    void onEvent(Subscription subscription, ResolvedEvent event) throws Exception;

    /** A catch-up subscription has read everything and now delivers events as they are written. Called once. */
    default void onLive(Subscription subscription) {
    }

    /**
     * The subscription ended. Called exactly once, after the last event.
     *
     * @param cause what went wrong, or {@code null} for {@link DropReason#UNSUBSCRIBED}
     */
    default void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
    }
}
