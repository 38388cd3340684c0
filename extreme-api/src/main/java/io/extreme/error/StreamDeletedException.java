package io.extreme.error;

/**
 * The stream was deleted for good (hard delete): it can be neither read nor written.
 */
public class StreamDeletedException extends StreamStateException {
    private static final long serialVersionUID = 1L;

    private final String streamId;

    public StreamDeletedException(String streamId) {
        super("Stream '" + streamId + "' is deleted.");
        this.streamId = streamId;
    }

    /** The stream. */
    public String streamId() {
        return streamId;
    }

    /** The copy {@link #copy()} makes: the same fields and message, this as its cause. */
    private StreamDeletedException(StreamDeletedException original) {
        super(original.getMessage(), original);
        this.streamId = original.streamId;
    }

    @Override
    public StreamDeletedException copy() {
        return new StreamDeletedException(this);
    }
}
