package io.extreme.serialization;

/**
 * Turns the objects of a typed append into event data and the data of a typed read back into
 * objects. {@link #isJson()} decides the event's JSON flag on the wire ({@code data_content_type}
 * 1), which EventStore's projections and web UI rely on, and which a typed read uses to pick the
 * events this serializer can read.
 *
 * <p>Failures: both directions throw {@link io.extreme.serialization.SerializationException} with a message that
 * names the class and what went wrong (unregistered class, corrupt bytes, a value the format
 * cannot hold); they never return a partial result.
 *
 * <p>Threads: called on the caller's thread and on callback threads at once; must be thread-safe.
 */
public interface Serializer {
    /** The bytes of {@code value}; {@code value} is never {@code null}. */
    byte[] serialize(Object value);

    /**
     * The object in {@code data}, as {@code type}.
     *
     * @param data the event's data or metadata, never {@code null} (it may be empty)
     * @param type the class wanted; {@code Object.class} when the caller has no better idea (a
     *             self-describing format answers with what it finds, others may refuse)
     */
    <T> T deserialize(byte[] data, Class<T> type);

    /** Whether the bytes are JSON: sent with the JSON flag, and only JSON events are read with it. */
    boolean isJson();

    /** The MIME type of the bytes, for logs and errors, such as {@code application/json}. */
    default String contentType() {
        return isJson() ? "application/json" : "application/octet-stream";
    }
}
