package io.extreme.spi.message;

/** The outcome of a write, delete or transaction step (PROTOCOL.md §3.1). Constants are in wire order: the ordinal is the code. */
public enum OperationResult {
    SUCCESS,
    PREPARE_TIMEOUT,
    COMMIT_TIMEOUT,
    FORWARD_TIMEOUT,
    WRONG_EXPECTED_VERSION,
    STREAM_DELETED,
    INVALID_TRANSACTION,
    ACCESS_DENIED;

    private static final OperationResult[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static OperationResult fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
