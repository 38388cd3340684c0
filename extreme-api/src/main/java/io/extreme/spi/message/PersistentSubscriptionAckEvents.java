package io.extreme.spi.message;

import java.util.List;
import java.util.UUID;

/**
 * Acknowledges handled events.
 */
public record PersistentSubscriptionAckEvents(String subscriptionId, List<UUID> processedEventIds) implements Message {
    public PersistentSubscriptionAckEvents {
        processedEventIds = List.copyOf(processedEventIds);
    }
}
