package io.extreme.spi.message;

/** The outcome of reading one event. Constants are in wire order: the ordinal is the code. */
public enum ReadEventResult {
    SUCCESS,
    NOT_FOUND,
    NO_STREAM,
    STREAM_DELETED,
    ERROR,
    ACCESS_DENIED;

    private static final ReadEventResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static ReadEventResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
