package io.extreme.spi.message;

/** The outcome of reading a slice of {@code $all}. Constants are in wire order: the ordinal is the code. */
public enum ReadAllResult {
    SUCCESS,
    NOT_MODIFIED,
    ERROR,
    ACCESS_DENIED;

    private static final ReadAllResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static ReadAllResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
