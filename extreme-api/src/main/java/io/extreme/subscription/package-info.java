/**
 * Following streams as they are written. Volatile subscriptions ({@link
 * io.extreme.subscription.Subscription}, live events only) and catch-up subscriptions ({@link
 * io.extreme.subscription.CatchUpSubscription}, {@link io.extreme.subscription.CatchUpOptions}:
 * from a checkpoint, then live) deliver to a {@link io.extreme.subscription.SubscriptionListener}
 * and end with a {@link io.extreme.subscription.DropReason}. On top of them: the checkpointed
 * {@link io.extreme.subscription.Listener} of a read model (pause, resume, resubscribe from the
 * checkpoint its {@link io.extreme.subscription.EventHandler} returns) and the live-only
 * {@link io.extreme.subscription.FanoutListener}, both built from the client
 * ({@code client.listener(stream, handler)}, {@code client.fanoutListener(stream, forwarder)}).
 *
 * <p>The types here are contracts; their engines are in {@code io.extreme.internal.catchup},
 * {@code io.extreme.internal.subscription} and {@code io.extreme.internal.listener}. This package
 * imports only {@code io.extreme.event} and {@code io.extreme.error}.
 */
package io.extreme.subscription;
