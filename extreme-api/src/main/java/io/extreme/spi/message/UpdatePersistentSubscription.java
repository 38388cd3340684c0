package io.extreme.spi.message;

/**
 * Changes a persistent subscription group.
 */
public record UpdatePersistentSubscription(String groupName, String streamId, PersistentSubscriptionConfig config) implements Message {
}
