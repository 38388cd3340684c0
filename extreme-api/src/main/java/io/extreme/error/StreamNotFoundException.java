package io.extreme.error;

/**
 * A stream that was required to exist does not (or was soft-deleted).
 */
public class StreamNotFoundException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    private final String streamId;

    public StreamNotFoundException(String streamId) {
        super("Stream '" + streamId + "' does not exist.");
        this.streamId = streamId;
    }

    /** The stream. */
    public String streamId() {
        return streamId;
    }
}
