package io.extreme.spi.message;

import java.util.UUID;

/**
 * An event to write.
 *
 * @param eventId the idempotency key
 * @param dataContentType 1 JSON, 0 bytes
 * @param data never null
 * @param metadata or null when absent
 */
public record NewEvent(UUID eventId, String eventType, int dataContentType, int metadataContentType, byte[] data, byte[] metadata) {
}
