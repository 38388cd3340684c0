package io.extreme.event;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An event as EventStore stored it.
 *
 * <p>Immutable, with value equality (every part, the bytes of data and metadata by content).
 * {@link #data()} and {@link #metadata()} return copies; {@link #dataBuffer()} and
 * {@link #metadataBuffer()} read the bytes without one.
 */
public final class RecordedEvent {
    private static final byte[] EMPTY = new byte[0];

    private final String streamId;
    private final long eventNumber;
    private final UUID eventId;
    private final String eventType;
    private final boolean json;
    private final byte[] data;
    private final byte[] metadata;
    private final Instant created;

    /**
     * An event; the arrays are copied.
     *
     * @param streamId    the stream it belongs to
     * @param eventNumber its number in the stream, from 0
     * @param eventId     the id it was written with
     * @param eventType   its type; {@code $>} for a link
     * @param json        whether the data is JSON
     * @param data        the body; {@code null} for an empty one
     * @param metadata    the metadata; {@code null} or empty when none
     * @param created     when it was written, or {@code null} when the server did not say
     */
    public RecordedEvent(String streamId, long eventNumber, UUID eventId, String eventType, boolean json,
                         byte[] data, byte[] metadata, Instant created) {
        this(streamId, eventNumber, eventId, eventType, json, copy(data), copy(metadata), created, true);
    }

    // Takes the arrays as they are; the flag only tells this constructor from the public one.
    private RecordedEvent(String streamId, long eventNumber, UUID eventId, String eventType, boolean json,
                          byte[] data, byte[] metadata, Instant created, boolean owned) {
        this.streamId = streamId;
        this.eventNumber = eventNumber;
        this.eventId = eventId;
        this.eventType = eventType;
        this.json = json;
        this.data = data == null ? EMPTY : data;
        this.metadata = metadata == null ? EMPTY : metadata;
        this.created = created;
    }

    /**
     * An event over arrays the caller gives up, without a copy. For the engine and the codecs,
     * which decode a fresh array per event: the arrays must not be touched afterwards. Other code
     * should use the constructor. Parts as the constructor's.
     */
    public static RecordedEvent ofOwnedArrays(String streamId, long eventNumber, UUID eventId, String eventType,
                                              boolean json, byte[] data, byte[] metadata, Instant created) {
        return new RecordedEvent(streamId, eventNumber, eventId, eventType, json, data, metadata, created, true);
    }

    /** The stream it belongs to. */
    public String streamId() {
        return streamId;
    }

    /** Its number in the stream, from 0. */
    public long eventNumber() {
        return eventNumber;
    }

    /** The id it was written with. */
    public UUID eventId() {
        return eventId;
    }

    /** Its type; {@code $>} for a link. */
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

    /** When it was written; empty when the server did not say. */
    public Optional<Instant> created() {
        return Optional.ofNullable(created);
    }

    /** The data as UTF-8 text. */
    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** The metadata as UTF-8 text. */
    public String metadataAsString() {
        return new String(metadata, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedEvent that && eventNumber == that.eventNumber && json == that.json
                && Objects.equals(streamId, that.streamId) && Objects.equals(eventId, that.eventId)
                && Objects.equals(eventType, that.eventType) && Objects.equals(created, that.created)
                && Arrays.equals(data, that.data) && Arrays.equals(metadata, that.metadata);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(streamId, eventNumber, eventId, eventType, json, created);
        h = 31 * h + Arrays.hashCode(data);
        return 31 * h + Arrays.hashCode(metadata);
    }

    /** The place, type, id and sizes; never the payload, which may be large or private. */
    @Override
    public String toString() {
        return "RecordedEvent[" + eventNumber + "@" + streamId + ", " + eventType + ", id=" + eventId + ", "
                + data.length + " bytes, " + metadata.length + " bytes of metadata]";
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null || bytes.length == 0 ? EMPTY : bytes.clone();
    }
}
