package io.extreme.spi.message;

/**
 * The server ended a subscription.
 *
 * @param reason or null when absent (means unsubscribed)
 */
public record SubscriptionDropped(SubscriptionDropReason reason) implements Message {
}
