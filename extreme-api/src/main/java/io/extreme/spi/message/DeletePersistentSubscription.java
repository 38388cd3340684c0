package io.extreme.spi.message;

/**
 * Deletes a persistent subscription group.
 */
public record DeletePersistentSubscription(String groupName, String streamId) implements Message {
}
