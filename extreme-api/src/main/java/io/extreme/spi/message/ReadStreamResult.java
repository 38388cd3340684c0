package io.extreme.spi.message;

/** The outcome of reading a slice of a stream. Constants are in wire order: the ordinal is the code. */
public enum ReadStreamResult {
    SUCCESS,
    NO_STREAM,
    STREAM_DELETED,
    NOT_MODIFIED,
    ERROR,
    ACCESS_DENIED;

    private static final ReadStreamResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static ReadStreamResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
