package io.extreme.spi.message;

/**
 * Joins a persistent subscription group as a consumer.
 *
 * @param groupName sent as subscription_id
 */
public record ConnectToPersistentSubscription(String groupName, String streamId, int allowedInFlightMessages) implements Message {
}
