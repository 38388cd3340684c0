package io.extreme.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as EventStore stored it.
 *
 * @param streamId    the stream it belongs to
 * @param eventNumber its number in the stream, from 0
 * @param eventId     the id it was written with
 * @param eventType   its type; {@code $>} for a link
 * @param json        whether the data is JSON
 * @param data        the body
 * @param metadata    the metadata; empty when none
 * @param created     when it was written, or {@code null} when the server did not say
 */
public record RecordedEvent(String streamId, long eventNumber, UUID eventId, String eventType, boolean json,
                            byte[] data, byte[] metadata, Instant created) {
    /** The data as UTF-8 text. */
    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** The metadata as UTF-8 text. */
    public String metadataAsString() {
        return new String(metadata, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RecordedEvent[" + eventNumber + "@" + streamId + ", " + eventType + ", id=" + eventId + "]";
    }
}
