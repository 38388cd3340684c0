package io.extreme.internal.listener;

import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.SubscriptionListener;

/**
 * How a Listener's attempt starts its catch-up: with the handle at once, before the server has
 * answered, so that a pause or a close can end an attempt still waiting for its first read (the
 * public call's future would only hand the handle over once the catch-up is in place). The client
 * view gives it, over its own catch-up start.
 */
@FunctionalInterface
public interface CatchUpStarter {
    /**
     * A catch-up on {@code stream} after {@code lastProcessed} (-1: from the first event), started.
     * The -1 stays inside the engine: the public API names it with a position.
     */
    CatchUpSubscription start(String stream, long lastProcessed, CatchUpOptions options, SubscriptionListener listener);
}
