package io.extreme.spi.message;

/** Why a node did not handle a request. Constants are in wire order: the ordinal is the code. */
public enum NotHandledReason {
    NOT_READY,
    TOO_BUSY,
    NOT_MASTER,
    IS_READ_ONLY;

    private static final NotHandledReason[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static NotHandledReason fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
