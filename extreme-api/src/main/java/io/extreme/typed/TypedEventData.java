package io.extreme.typed;

import java.util.Objects;
import java.util.UUID;

/**
 * An object to append with what goes with it: metadata (another object, serialized the same
 * way), an event id (for idempotent retries across restarts; a random one otherwise) and an
 * event type (otherwise the {@link EventTypeMapping}'s). Plain objects given to a typed append
 * are wrapped in one of these with the defaults.
 *
 * @param data      the event, not {@code null}
 * @param metadata  its metadata, or {@code null}
 * @param eventId   its id, or {@code null} for a random one
 * @param eventType its type, or {@code null} for the mapping's
 */
public record TypedEventData(Object data, Object metadata, UUID eventId, String eventType) {
    public TypedEventData {
        Objects.requireNonNull(data, "data");
        if (eventType != null && eventType.isBlank()) {
            throw new IllegalArgumentException("eventType must not be blank");
        }
    }

    /** {@code data} with no metadata, a random id and the mapping's type. */
    public static TypedEventData of(Object data) {
        return new TypedEventData(data, null, null, null);
    }

    public TypedEventData withMetadata(Object value) {
        return new TypedEventData(data, value, eventId, eventType);
    }

    public TypedEventData withEventId(UUID value) {
        return new TypedEventData(data, metadata, Objects.requireNonNull(value, "eventId"), eventType);
    }

    public TypedEventData withEventType(String value) {
        return new TypedEventData(data, metadata, eventId, Objects.requireNonNull(value, "eventType"));
    }
}
