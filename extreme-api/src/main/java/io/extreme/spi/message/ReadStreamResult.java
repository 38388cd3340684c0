package io.extreme.spi.message;

/** The outcome of reading a slice of a stream. Constants are in wire order: the ordinal is the code. */
public enum ReadStreamResult {
    SUCCESS,
    NO_STREAM,
    STREAM_DELETED,
    NOT_MODIFIED,
    ERROR,
    ACCESS_DENIED;

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static ReadStreamResult fromCode(int code) {
        ReadStreamResult[] all = values();
        return code >= 0 && code < all.length ? all[code] : null;
    }
}
