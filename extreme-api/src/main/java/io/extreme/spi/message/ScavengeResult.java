package io.extreme.spi.message;

/** The outcome of a scavenge (EventStore 3.x and 4.x). Constants are in wire order: the ordinal is the code. */
public enum ScavengeResult {
    SUCCESS,
    IN_PROGRESS,
    FAILED;

    private static final ScavengeResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static ScavengeResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
