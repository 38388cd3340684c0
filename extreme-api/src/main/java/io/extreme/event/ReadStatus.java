package io.extreme.event;

/** Whether a read found what it looked for. */
public enum ReadStatus {
    /** Found. */
    SUCCESS,
    /** The stream exists but has no event at that number (or it was truncated or expired). */
    NOT_FOUND,
    /** The stream does not exist, or was soft-deleted. */
    NO_STREAM,
    /** The stream was deleted for good (a tombstone). */
    STREAM_DELETED
}
