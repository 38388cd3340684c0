package io.extreme.event;

/**
 * The outcome of {@link io.extreme.ExtremeClient#tryAppendToStream}: an append that reports a version
 * conflict or a deleted stream as a value instead of an exception.
 *
 * @param status         what happened
 * @param result         the write, when {@code status} is {@link Status#SUCCESS}; else {@code null}
 * @param currentVersion the stream's version when the server said it (on a conflict, EventStore
 *                       4.x and later), else -1: a 3.x server does not report it
 */
public record ConditionalWriteResult(Status status, WriteResult result, long currentVersion) {
    /** What a conditional append came to. */
    public enum Status {
        /** The events were appended (or had been already, with the same ids). */
        SUCCESS,
        /** The stream was not at the expected version. */
        WRONG_EXPECTED_VERSION,
        /** The stream was deleted for good. */
        STREAM_DELETED
    }

    /** Whether the events were appended. */
    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }
}
