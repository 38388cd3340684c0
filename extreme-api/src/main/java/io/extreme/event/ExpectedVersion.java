package io.extreme.event;

/**
 * The version a stream must be at for a write or delete to go through: optimistic concurrency.
 * A stream's version is the number of its last event; -1 when it has none.
 */
public final class ExpectedVersion {
    /** No check: the write goes through whatever the stream's version (idempotency still applies). */
    public static final ExpectedVersion ANY = new ExpectedVersion(-2);
    /** The stream must not exist, or must be soft-deleted. */
    public static final ExpectedVersion NO_STREAM = new ExpectedVersion(-1);
    /** The stream (or its metadata stream) must exist. EventStore 3.7 and later. */
    public static final ExpectedVersion STREAM_EXISTS = new ExpectedVersion(-4);

    private final long value;

    private ExpectedVersion(long value) {
        this.value = value;
    }

    /** The stream's last event number must be {@code eventNumber}. */
    public static ExpectedVersion exactly(long eventNumber) {
        if (eventNumber < 0) {
            throw new IllegalArgumentException("expected version must be an event number >= 0, was "
                    + eventNumber + "; use ANY, NO_STREAM or STREAM_EXISTS for the special values");
        }
        return new ExpectedVersion(eventNumber);
    }

    /** The constant or exact version for a wire value: -2, -1, -4 or an event number. */
    public static ExpectedVersion of(long value) {
        if (value == -2) {
            return ANY;
        }
        if (value == -1) {
            return NO_STREAM;
        }
        if (value == -4) {
            return STREAM_EXISTS;
        }
        if (value < 0) {
            throw new IllegalArgumentException("expected version must be -2 (any), -1 (no stream), "
                    + "-4 (stream exists) or an event number >= 0, was " + value);
        }
        return new ExpectedVersion(value);
    }

    /** The value on the wire. */
    public long value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedVersion other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return switch ((int) Math.max(value, -5)) {
            case -2 -> "ANY";
            case -1 -> "NO_STREAM";
            case -4 -> "STREAM_EXISTS";
            default -> Long.toString(value);
        };
    }
}
