package io.extreme.spi.message;

import java.util.List;
import java.util.UUID;

/**
 * Refuses events, with what to do with them.
 *
 * @param message or null
 */
public record PersistentSubscriptionNakEvents(String subscriptionId, List<UUID> processedEventIds, String message, NakAction action) implements Message {
    public PersistentSubscriptionNakEvents {
        processedEventIds = List.copyOf(processedEventIds);
    }
}
