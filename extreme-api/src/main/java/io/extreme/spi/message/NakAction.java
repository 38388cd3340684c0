package io.extreme.spi.message;

/** What the server does with events a persistent-subscription consumer refuses. Constants are in wire order: the ordinal is the code. */
public enum NakAction {
    UNKNOWN,
    PARK,
    RETRY,
    SKIP,
    STOP;

    private static final NakAction[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static NakAction fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
