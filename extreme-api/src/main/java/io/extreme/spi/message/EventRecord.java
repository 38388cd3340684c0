package io.extreme.spi.message;

import java.util.UUID;

/**
 * An event as stored.
 *
 * @param metadata or null
 * @param created .NET ticks, or null
 * @param createdEpoch Unix milliseconds, or null
 */
public record EventRecord(String streamId, long eventNumber, UUID eventId, String eventType, int dataContentType, int metadataContentType, byte[] data, byte[] metadata, Long created, Long createdEpoch) {
}
