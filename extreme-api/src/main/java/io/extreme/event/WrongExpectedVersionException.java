package io.extreme.event;

import io.extreme.error.StreamStateException;
import java.util.OptionalLong;

/**
 * A write or delete found the stream at another version than expected.
 */
public class WrongExpectedVersionException extends StreamStateException {
    private static final long serialVersionUID = 1L;
    private final String streamId;
    private final long expectedVersion;
    private final Long currentVersion;

    /**
     * @param currentVersion the stream's version as the server reported it, or -1 when it did not
     */
    public WrongExpectedVersionException(String streamId, long expectedVersion, long currentVersion, String serverMessage) {
        this(streamId, expectedVersion, Long.valueOf(currentVersion), serverMessage);
    }

    /**
     * @param currentVersion the stream's version as the server reported it, or {@code null} when
     *     it did not (protocol v3 servers never do)
     */
    public WrongExpectedVersionException(String streamId, long expectedVersion, Long currentVersion, String serverMessage) {
        super("Write to stream '" + streamId + "' failed: expected version " + ExpectedVersion.of(expectedVersion)
                + (currentVersion == null ? ", current version not reported (EventStore 3.x does not say)"
                        : ", current version " + currentVersion)
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

    /** The stream's actual version as the server said it, or -1 when it did not say; see {@link #reportedCurrentVersion()}. */
    public long currentVersion() {
        return currentVersion == null ? -1 : currentVersion;
    }

    /** The stream's actual version, when the server reported it (EventStore 4.x and later do; 3.x does not). */
    public OptionalLong reportedCurrentVersion() {
        return currentVersion == null ? OptionalLong.empty() : OptionalLong.of(currentVersion);
    }

    /** The copy {@link #copy()} makes: the same versions and message, this as its cause. */
    private WrongExpectedVersionException(WrongExpectedVersionException original) {
        super(original.getMessage(), original);
        this.streamId = original.streamId;
        this.expectedVersion = original.expectedVersion;
        this.currentVersion = original.currentVersion;
    }

    @Override
    public WrongExpectedVersionException copy() {
        return new WrongExpectedVersionException(this);
    }
}
