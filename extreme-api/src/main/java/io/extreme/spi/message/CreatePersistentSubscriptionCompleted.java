package io.extreme.spi.message;

/**
 * The outcome of {@link CreatePersistentSubscription}.
 *
 * @param reason or null
 */
public record CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult result, String reason) implements Message {
}
