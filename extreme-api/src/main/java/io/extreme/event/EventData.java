package io.extreme.event;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to append. Its id makes appends idempotent: the same ids appended again at the same
 * place are accepted once.
 *
 * <p>Immutable, with value equality (the id, type, content type and the bytes of data and
 * metadata). The constructor and {@link #binary} copy the arrays they are given and {@link #data()}
 * and {@link #metadata()} return copies, so no array is shared with the caller; {@link #dataBuffer()}
 * and {@link #metadataBuffer()} read the bytes without a copy. {@link #withEventId} shares the
 * bytes of this event, so one template can be appended many times with fresh ids at no cost.
 */
public final class EventData {
    private static final byte[] EMPTY = new byte[0];

    private final UUID eventId;
    private final String eventType;
    private final boolean json;
    private final byte[] data;
    private final byte[] metadata;

    /**
     * An event; the arrays are copied.
     *
     * @param eventId   the event's id, unique per event
     * @param eventType the type, such as {@code "OrderPlaced"}; not empty
     * @param json      whether data is JSON (EventStore's projections read JSON only)
     * @param data      the body; {@code null} for an empty one
     * @param metadata  the metadata; {@code null} or empty for none
     */
    public EventData(UUID eventId, String eventType, boolean json, byte[] data, byte[] metadata) {
        this(eventId, eventType, json, copy(data), copy(metadata), true);
    }

    // Takes the arrays as they are; the flag only tells this constructor from the public one.
    private EventData(UUID eventId, String eventType, boolean json, byte[] data, byte[] metadata, boolean owned) {
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        if (eventType.isEmpty()) {
            throw new IllegalArgumentException("eventType must not be empty");
        }
        this.json = json;
        this.data = data == null ? EMPTY : data;
        this.metadata = metadata == null ? EMPTY : metadata;
    }

    /**
     * An event over arrays the caller gives up: they are not copied and must not be touched
     * afterwards. For serializers and the engine, which make a fresh array per event and would
     * otherwise pay a copy for nothing; other code should use the constructor.
     */
    public static EventData ofOwnedArrays(UUID eventId, String eventType, boolean json, byte[] data, byte[] metadata) {
        return new EventData(eventId, eventType, json, data, metadata, true);
    }

    /** A JSON event with a fresh id. */
    public static EventData json(String eventType, String json) {
        Objects.requireNonNull(json, "json");
        return new EventData(UUID.randomUUID(), eventType, true, json.getBytes(StandardCharsets.UTF_8), EMPTY, true);
    }

    /** A binary event with a fresh id; {@code data} is copied. */
    public static EventData binary(String eventType, byte[] data) {
        return new EventData(UUID.randomUUID(), eventType, false, copy(Objects.requireNonNull(data, "data")), EMPTY, true);
    }

    /** This event with another id, sharing this event's bytes (no copy). */
    public EventData withEventId(UUID id) {
        return new EventData(id, eventType, json, data, metadata, true);
    }

    /** This event with metadata; {@code value} is copied. */
    public EventData withMetadata(byte[] value) {
        return new EventData(eventId, eventType, json, data, copy(Objects.requireNonNull(value, "metadata")), true);
    }

    /** This event with JSON metadata. */
    public EventData withMetadata(String jsonMetadata) {
        Objects.requireNonNull(jsonMetadata, "metadata");
        return new EventData(eventId, eventType, json, data, jsonMetadata.getBytes(StandardCharsets.UTF_8), true);
    }

    /** The event's id. */
    public UUID eventId() {
        return eventId;
    }

    /** The event's type. */
    public String eventType() {
        return eventType;
    }

    /** Whether the data is JSON. */
    public boolean json() {
        return json;
    }

    /** A copy of the body; empty, never null, when there is none. */
    public byte[] data() {
        return data.clone();
    }

    /** A copy of the metadata; empty, never null, when there is none. */
    public byte[] metadata() {
        return metadata.clone();
    }

    /** The body as a read-only view, without a copy; a fresh view (position 0) on each call. */
    public ByteBuffer dataBuffer() {
        return ByteBuffer.wrap(data).asReadOnlyBuffer();
    }

    /** The metadata as a read-only view, without a copy; empty when there is none. */
    public ByteBuffer metadataBuffer() {
        return ByteBuffer.wrap(metadata).asReadOnlyBuffer();
    }

    /** Whether the event has metadata (at least one byte). */
    public boolean hasMetadata() {
        return metadata.length > 0;
    }

    /** Bytes of data and metadata together: what the event size limit counts. */
    public int size() {
        return data.length + metadata.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventData that && json == that.json && eventId.equals(that.eventId)
                && eventType.equals(that.eventType) && Arrays.equals(data, that.data)
                && Arrays.equals(metadata, that.metadata);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(eventId, eventType, json);
        h = 31 * h + Arrays.hashCode(data);
        return 31 * h + Arrays.hashCode(metadata);
    }

    /** The type, id and sizes; never the payload, which may be large or private. */
    @Override
    public String toString() {
        return "EventData[" + eventType + ", id=" + eventId + ", " + data.length + " bytes, "
                + metadata.length + " bytes of metadata]";
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null || bytes.length == 0 ? EMPTY : bytes.clone();
    }
}
