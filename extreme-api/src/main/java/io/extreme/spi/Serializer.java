package io.extreme.spi;

/**
 * Turns objects into event data and back. The content type tells EventStore whether the bytes
 * are JSON, which its projections and web UI rely on.
 *
 * <p>Threads: called on the caller's thread or a user callback's thread; must be thread-safe.
 */
public interface Serializer {
    /** The bytes of {@code value}. */
    byte[] serialize(Object value);

    /** The object in {@code data}, as {@code type}. */
    <T> T deserialize(byte[] data, Class<T> type);

    /** Whether the bytes are JSON: sent as {@code data_content_type} 1. */
    boolean isJson();
}
