package io.extreme.spi.message;

/** The outcome of deleting a persistent subscription group. Constants are in wire order: the ordinal is the code. */
public enum DeletePersistentSubscriptionResult {
    SUCCESS,
    DOES_NOT_EXIST,
    FAIL,
    ACCESS_DENIED;

    private static final DeletePersistentSubscriptionResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static DeletePersistentSubscriptionResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
