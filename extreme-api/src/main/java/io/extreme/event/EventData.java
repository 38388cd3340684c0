package io.extreme.event;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to append. Its id makes appends idempotent: the same ids appended again at the same
 * place are accepted once. Arrays are not copied; do not change them after handing them over.
 *
 * @param eventId   the event's id, unique per event
 * @param eventType the type, such as {@code "OrderPlaced"}; not empty
 * @param json      whether data is JSON (EventStore's projections read JSON only)
 * @param data      the body; may be empty, never null
 * @param metadata  the metadata, or an empty array
 */
public record EventData(UUID eventId, String eventType, boolean json, byte[] data, byte[] metadata) {
    private static final byte[] EMPTY = new byte[0];

    public EventData {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        if (eventType.isEmpty()) {
            throw new IllegalArgumentException("eventType must not be empty");
        }
        data = data == null ? EMPTY : data;
        metadata = metadata == null ? EMPTY : metadata;
    }

    /** A JSON event with a fresh id. */
    public static EventData json(String eventType, String json) {
        Objects.requireNonNull(json, "json");
        return new EventData(UUID.randomUUID(), eventType, true, json.getBytes(StandardCharsets.UTF_8), EMPTY);
    }

    /** A binary event with a fresh id. */
    public static EventData binary(String eventType, byte[] data) {
        return new EventData(UUID.randomUUID(), eventType, false, Objects.requireNonNull(data, "data"), EMPTY);
    }

    /** This event with another id. */
    public EventData withEventId(UUID id) {
        return new EventData(id, eventType, json, data, metadata);
    }

    /** This event with metadata. */
    public EventData withMetadata(byte[] value) {
        return new EventData(eventId, eventType, json, data, Objects.requireNonNull(value, "metadata"));
    }

    /** This event with JSON metadata. */
    public EventData withMetadata(String jsonMetadata) {
        return withMetadata(jsonMetadata.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes of data and metadata together: what the event size limit counts. */
    public int size() {
        return data.length + metadata.length;
    }

    @Override
    public String toString() {
        return "EventData[" + eventType + ", id=" + eventId + ", " + data.length + " bytes]";
    }
}
