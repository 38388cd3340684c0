package io.extreme;

/**
 * A write or delete found the stream at another version than expected.
 */
public class WrongExpectedVersionException extends ExtremeException {
    private static final long serialVersionUID = 1L;
    private final String streamId;
    private final long expectedVersion;
    private final long currentVersion;

    /**
     * @param currentVersion the stream's version as the server reported it, or -1 when it did not
     */
    public WrongExpectedVersionException(String streamId, long expectedVersion, long currentVersion, String serverMessage) {
        super("Write to stream '" + streamId + "' failed: expected version " + ExpectedVersion.of(expectedVersion)
                + ", current version " + currentVersion
                + (serverMessage == null || serverMessage.isEmpty() ? "" : " (" + serverMessage + ")"));
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /** The stream. */
    public String streamId() {
        return streamId;
    }

    /** The version the write expected. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The stream's actual version, as the server said (v4 servers), or -1. */
    public long currentVersion() {
        return currentVersion;
    }
}
