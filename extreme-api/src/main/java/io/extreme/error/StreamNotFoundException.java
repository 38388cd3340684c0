package io.extreme.error;

/**
 * A stream that was required to exist does not (or was soft-deleted).
 */
public class StreamNotFoundException extends StreamStateException {
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

    /** The copy {@link #copy()} makes: the same fields and message, this as its cause. */
    private StreamNotFoundException(StreamNotFoundException original) {
        super(original.getMessage(), original);
        this.streamId = original.streamId;
    }

    @Override
    public StreamNotFoundException copy() {
        return new StreamNotFoundException(this);
    }
}
