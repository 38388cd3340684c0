package io.extreme.error;

/**
 * A stream has no event at the number asked for (never written, truncated or expired).
 */
public class EventNotFoundException extends StreamStateException {
    private static final long serialVersionUID = 1L;

    private final String streamId;
    private final long eventNumber;

    public EventNotFoundException(String streamId, long eventNumber) {
        super("Stream '" + streamId + "' has no event " + eventNumber + ".");
        this.streamId = streamId;
        this.eventNumber = eventNumber;
    }

    /** The stream. */
    public String streamId() {
        return streamId;
    }

    /** The number asked for. */
    public long eventNumber() {
        return eventNumber;
    }

    /** The copy {@link #copy()} makes: the same fields and message, this as its cause. */
    private EventNotFoundException(EventNotFoundException original) {
        super(original.getMessage(), original);
        this.streamId = original.streamId;
        this.eventNumber = original.eventNumber;
    }

    @Override
    public EventNotFoundException copy() {
        return new EventNotFoundException(this);
    }
}
