/**
 * Catch-up subscriptions as {@link java.util.concurrent.Flow.Publisher}s: {@code CatchUpPublisher}
 * starts one catch-up per subscriber, whose {@code PublisherOutbox} holds events until there is
 * demand (bounded by the options' queue size) and signals them by the Reactive Streams rules
 * ({@code PublisherSubscription}, {@code SignalLoop}).
 */
package io.extreme.internal.publisher;
