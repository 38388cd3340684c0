package io.extreme.event;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of {@link io.extreme.ExtremeClient#tryAppend}: an append that reports a version
 * conflict or a deleted stream as a value instead of an exception. Immutable, with value equality.
 */
public final class ConditionalWriteResult {
    /** What a conditional append came to. */
    public enum Status {
        /** The events were appended (or had been already, with the same ids). */
        SUCCESS,
        /** The stream was not at the expected version. */
        WRONG_EXPECTED_VERSION,
        /** The stream was deleted for good. */
        STREAM_DELETED
    }

    private final Status status;
    private final WriteResult result;
    private final OptionalLong currentVersion;

    /**
     * A result.
     *
     * @param status         what happened
     * @param result         the write, when {@code status} is {@link Status#SUCCESS}; else {@code null}
     * @param currentVersion the stream's version when the server said it; empty when it did not
     *                       (a 3.x server does not report it on a conflict)
     */
    public ConditionalWriteResult(Status status, WriteResult result, OptionalLong currentVersion) {
        this.status = Objects.requireNonNull(status, "status");
        this.result = result;
        this.currentVersion = Objects.requireNonNull(currentVersion, "currentVersion");
    }

    /** What happened. */
    public Status status() {
        return status;
    }

    /** The write, when the events were appended; else empty. */
    public Optional<WriteResult> result() {
        return Optional.ofNullable(result);
    }

    /** The stream's version when the server said it (on a conflict, EventStore 4.x and later); else empty. */
    public OptionalLong currentVersion() {
        return currentVersion;
    }

    /** Whether the events were appended. */
    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConditionalWriteResult that && status == that.status
                && Objects.equals(result, that.result) && currentVersion.equals(that.currentVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, result, currentVersion);
    }

    @Override
    public String toString() {
        return "ConditionalWriteResult[" + status + ", " + result + ", currentVersion=" + currentVersion + "]";
    }
}
