package io.extreme.spi.message;

/**
 * Confirms a subscription with the point it starts after.
 *
 * @param lastEventNumber null for $all
 */
public record SubscriptionConfirmation(long lastCommitPosition, Long lastEventNumber) implements Message {
}
