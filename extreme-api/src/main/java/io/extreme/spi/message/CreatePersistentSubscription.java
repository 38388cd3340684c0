package io.extreme.spi.message;

/**
 * Creates a persistent subscription group.
 */
public record CreatePersistentSubscription(String groupName, String streamId, PersistentSubscriptionConfig config) implements Message {
}
