package io.extreme.spi.message;

/**
 * The outcome of {@link UpdatePersistentSubscription}.
 *
 * @param reason or null
 */
public record UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult result, String reason) implements Message {
}
