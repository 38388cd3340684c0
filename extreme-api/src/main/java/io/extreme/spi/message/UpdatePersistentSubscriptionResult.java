package io.extreme.spi.message;

/** The outcome of updating a persistent subscription group. Constants are in wire order: the ordinal is the code. */
public enum UpdatePersistentSubscriptionResult {
    SUCCESS,
    DOES_NOT_EXIST,
    FAIL,
    ACCESS_DENIED;

    private static final UpdatePersistentSubscriptionResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static UpdatePersistentSubscriptionResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
