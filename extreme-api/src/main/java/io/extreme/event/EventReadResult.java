package io.extreme.event;

import io.extreme.error.EventNotFoundException;
import io.extreme.error.StreamDeletedException;
import io.extreme.error.StreamNotFoundException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one event. Immutable, with value equality.
 */
public final class EventReadResult {
    private final ReadStatus status;
    private final String streamId;
    private final StreamPosition streamPosition;
    private final ResolvedEvent event;

    /**
     * A result.
     *
     * @param status         whether it was found
     * @param streamId       the stream asked for
     * @param streamPosition the place asked for: an event number, or {@link StreamPosition#END} for the last
     * @param event          the event when {@code status} is {@link ReadStatus#SUCCESS}, else {@code null}
     */
    public EventReadResult(ReadStatus status, String streamId, StreamPosition streamPosition, ResolvedEvent event) {
        this.status = Objects.requireNonNull(status, "status");
        this.streamId = streamId;
        this.streamPosition = Objects.requireNonNull(streamPosition, "streamPosition");
        this.event = event;
    }

    /** Whether it was found. */
    public ReadStatus status() {
        return status;
    }

    /** The stream asked for. */
    public String streamId() {
        return streamId;
    }

    /** The place asked for: an event number, or {@link StreamPosition#END} for the last. */
    public StreamPosition streamPosition() {
        return streamPosition;
    }

    /** The event when it was found ({@link ReadStatus#SUCCESS}); else empty. */
    public Optional<ResolvedEvent> event() {
        return Optional.ofNullable(event);
    }

    /** The event; throws {@link StreamNotFoundException}, {@link StreamDeletedException} or
     * {@link EventNotFoundException} when there is none. */
    public ResolvedEvent requireEvent() {
        switch (status) {
            case SUCCESS:
                return event;
            case NO_STREAM:
                throw new StreamNotFoundException(streamId);
            case STREAM_DELETED:
                throw new StreamDeletedException(streamId);
            default:
                throw new EventNotFoundException(streamId, streamPosition.eventNumber());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventReadResult that && status == that.status && Objects.equals(streamId, that.streamId)
                && streamPosition.equals(that.streamPosition) && Objects.equals(event, that.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, streamId, streamPosition, event);
    }

    @Override
    public String toString() {
        return "EventReadResult[" + status + ", " + streamPosition + "@" + streamId + ", " + event + "]";
    }
}
