package io.extreme.spi.message;

/**
 * An event pushed to a persistent-subscription consumer.
 *
 * @param retryCount null before 4.1
 */
public record PersistentSubscriptionStreamEventAppeared(ResolvedIndexedEvent event, Integer retryCount) implements Message {
}
