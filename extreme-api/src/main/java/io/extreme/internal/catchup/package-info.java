/**
 * The engine of catch-up subscriptions: a {@code CatchUp} reads pages after the checkpoint,
 * subscribes, reads the gap between its last page and the first live event, then delivers live;
 * it falls back to reading when its outbox is full and resubscribes after a lost connection or
 * a silent subscription ({@code SubscriptionWatchdog}). {@code StreamCatchUp} and
 * {@code AllCatchUp} say what differs for a stream and for {@code $all}; an {@code Outbox} is
 * where events go (a handler's queue here, a Flow subscriber's in
 * {@code io.extreme.internal.publisher}). Reads go through the public client and the live part
 * through the connection engine ({@code CatchUpSource}), so this package does not know the
 * client's implementation.
 */
package io.extreme.internal.catchup;
