package io.extreme.spi.message;

/**
 * Confirms a consumer; the id is used in acks and naks.
 *
 * @param subscriptionId stream::group
 * @param lastEventNumber or null
 */
public record PersistentSubscriptionConfirmation(long lastCommitPosition, String subscriptionId, Long lastEventNumber) implements Message {
}
