/**
 * Persistent subscriptions: the server keeps a group's checkpoint and shares the events among
 * its consumers. {@link io.extreme.persistent.PersistentSubscriptionSettings} (with
 * {@link io.extreme.persistent.ConsumerStrategy}) create and update a group; a consumer is a
 * {@link io.extreme.persistent.PersistentSubscription} that acknowledges events, or refuses them
 * with a {@link io.extreme.persistent.NackAction} (park, retry, skip, stop), and hears them
 * through a {@link io.extreme.persistent.PersistentSubscriptionListener}.
 *
 * <p>Imports {@code io.extreme.event}, {@code io.extreme.subscription} (for the drop reason) and
 * {@code io.extreme.error}; the consumer's engine is {@code io.extreme.internal.persistent}.
 */
package io.extreme.persistent;
