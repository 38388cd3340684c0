package io.extreme.testkit.engine;

import io.extreme.spi.message.NewEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An event written to the log but not yet committed (a transaction's), or about to be committed
 * (a plain write's): what the client sent, normalised as the server stores it.
 *
 * @param json        content type 1 means JSON; every other value (2 included) is stored as binary
 * @param metadata    never null
 * @param created     when the prepare record was written
 * @param recordStart where its prepare record starts, or -1 before it is written
 * @param recordEnd   where it ends
 */
record PreparedEvent(UUID eventId, String eventType, boolean json, byte[] data, byte[] metadata,
                     Instant created, long recordStart, long recordEnd) {

    /** The client's event, copied so that later changes to its arrays do not reach the log. */
    static PreparedEvent of(NewEvent event, Instant created) {
        byte[] metadata = event.metadata() == null ? new byte[0] : event.metadataBytes();
        return new PreparedEvent(event.eventId(), event.eventType(), event.dataContentType() == 1,
                event.dataBytes(), metadata, created, -1, -1);
    }

    PreparedEvent at(long start, long end) {
        return new PreparedEvent(eventId, eventType, json, data, metadata, created, start, end);
    }

    /** The committed event, numbered and placed under its commit record. */
    StoredEvent commit(String streamId, long eventNumber, long commitStart, long commitEnd) {
        return new StoredEvent(streamId, eventNumber, eventId, eventType, json, data, metadata, created,
                recordStart, recordEnd, commitStart, commitEnd);
    }
}
