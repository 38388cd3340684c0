package io.extreme.typed;

import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * An event of a typed read or subscription: the decoded object and metadata, and the raw event
 * they came from (numbers, ids, links). An undecodable event delivered under
 * {@link UndecodableEvents#DELIVER_RAW} has no data and carries its {@link #failure()}.
 *
 * @param raw      the event as read, with its link if it was reached through one
 * @param data     the decoded data, or {@code null} when not decoded
 * @param metadata the decoded metadata (its bytes when {@code byte[]} was asked for), or {@code null}
 *                 when the event has none, or the serializer could not read it as the settings'
 *                 metadata class ({@link io.extreme.TypedClient#metadata} reads it as another class, or says why)
 * @param failure  why it was not decoded, or {@code null} when it was
 * @param <T>      the class the caller asked for
 */
public record TypedEvent<T>(ResolvedEvent raw, T data, Object metadata, EventDecodingException failure) {
    public TypedEvent {
        Objects.requireNonNull(raw, "raw");
    }

    /** True when {@link #data()} holds the decoded object. */
    public boolean isDecoded() {
        return failure == null;
    }

    /** The event's type on the wire (the link's, when the link's event no longer exists). */
    public String eventType() {
        return recorded().eventType();
    }

    /** The event's id (the link's, when the link's event no longer exists). */
    public UUID eventId() {
        return recorded().eventId();
    }

    private RecordedEvent recorded() {
        return raw.event() != null ? raw.event() : raw.originalEvent();
    }

    /** The number to checkpoint: the event's in the stream read (a link's number in a stream of links). */
    public long eventNumber() {
        return raw.originalEventNumber();
    }

    /** The stream read (for a link, the stream of the link). */
    public String streamId() {
        return raw.originalStreamId();
    }

    /**
     * The metadata as {@code type}.
     *
     * @throws ClassCastException naming both classes when the metadata is of another class
     */
    public <M> M metadata(Class<M> type) {
        if (metadata != null && !type.isInstance(metadata)) {
            throw new ClassCastException("the metadata of event " + eventNumber() + "@" + streamId() + " is a "
                    + metadata.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(metadata);
    }
}
