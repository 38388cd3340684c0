package io.extreme.spi.message;

/**
 * The outcome of {@link DeletePersistentSubscription}.
 *
 * @param reason or null
 */
public record DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult result, String reason) implements Message {
}
