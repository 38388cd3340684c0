package io.extreme.typed;

import io.extreme.error.ExtremeException;
import io.extreme.event.RecordedEvent;
import java.util.Objects;

/**
 * A typed read could not turn an event into an object. The message names the stream, the event
 * number, the event type and the reason; {@link #problem()} says which it was.
 */
public class EventDecodingException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    /** Why the event could not be decoded. */
    public enum Problem {
        /** No class is mapped to the event's type, or not one the caller asked for. */
        UNKNOWN_TYPE,
        /** The event's data is JSON and the serializer is not, or the other way round. */
        WRONG_CONTENT_TYPE,
        /** The serializer refused the event's data. */
        CORRUPT_DATA,
        /** The serializer refused the event's metadata (only when asked for it: unreadable metadata does not fail the event). */
        CORRUPT_METADATA
    }

    private final Problem problem;
    private final String streamId;
    private final long eventNumber;
    private final String eventType;

    public EventDecodingException(Problem problem, RecordedEvent event, String reason, Throwable cause) {
        super("Cannot decode event " + event.eventNumber() + "@" + event.streamId() + " of type '" + event.eventType()
                + "' (" + problem + "): " + reason, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.streamId = event.streamId();
        this.eventNumber = event.eventNumber();
        this.eventType = event.eventType();
    }

    public Problem problem() {
        return problem;
    }

    public String streamId() {
        return streamId;
    }

    public long eventNumber() {
        return eventNumber;
    }

    public String eventType() {
        return eventType;
    }

    /** The copy {@link #copy()} makes: the same fields and message, this as its cause. */
    private EventDecodingException(EventDecodingException original) {
        super(original.getMessage(), original);
        this.problem = original.problem;
        this.streamId = original.streamId;
        this.eventNumber = original.eventNumber;
        this.eventType = original.eventType;
    }

    @Override
    public EventDecodingException copy() {
        return new EventDecodingException(this);
    }
}
