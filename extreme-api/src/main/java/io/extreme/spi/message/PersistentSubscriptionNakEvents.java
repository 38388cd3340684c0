package io.extreme.spi.message;

import io.extreme.persistent.NackAction;
import java.util.List;
import java.util.UUID;

/**
 * Refuses events, with what to do with them.
 *
 * @param message or null
 * @param action  what the server does with them; {@code null} for the wire's "unknown" (0), which the
 *                server treats as a retry. The port uses the public {@link NackAction} so that one
 *                name serves the API and the wire; the codec maps it to the wire code.
 */
public record PersistentSubscriptionNakEvents(String subscriptionId, List<UUID> processedEventIds, String message, NackAction action) implements Message {
    public PersistentSubscriptionNakEvents {
        processedEventIds = List.copyOf(processedEventIds);
    }
}
