package io.extreme.event;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a successful append, metadata write or transaction commit. Immutable, with value
 * equality.
 */
public final class WriteResult {
    private final long nextExpectedVersion;
    private final Position logPosition;

    /**
     * A result.
     *
     * @param nextExpectedVersion the stream's version after the write
     * @param logPosition         where the last event landed in {@code $all}; {@code null} when the
     *                            server did not say (an idempotent repeat, which wrote nothing)
     */
    public WriteResult(long nextExpectedVersion, Position logPosition) {
        this.nextExpectedVersion = nextExpectedVersion;
        this.logPosition = logPosition;
    }

    /** The stream's version after the write: pass it as the expected version of the next write. */
    public long nextExpectedVersion() {
        return nextExpectedVersion;
    }

    /** Where the last event landed in {@code $all}; empty for an idempotent repeat, which wrote nothing. */
    public Optional<Position> logPosition() {
        return Optional.ofNullable(logPosition);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WriteResult that && nextExpectedVersion == that.nextExpectedVersion
                && Objects.equals(logPosition, that.logPosition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nextExpectedVersion, logPosition);
    }

    @Override
    public String toString() {
        return "WriteResult[nextExpectedVersion=" + nextExpectedVersion + ", logPosition=" + logPosition + "]";
    }
}
