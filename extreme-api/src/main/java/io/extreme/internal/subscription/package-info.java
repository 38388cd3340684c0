/**
 * Live subscriptions on the wire: {@code SubscribeOperation} subscribes and then carries the
 * pushed events to a {@code LiveFeed} (a volatile subscription, a catch-up's live part) or a
 * {@code PersistentFeed}; {@code VolatileSubscription} is the public volatile subscription, and
 * {@code SerialDelivery} hands events to a listener one at a time on the callback executor.
 */
package io.extreme.internal.subscription;
