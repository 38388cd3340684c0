package io.extreme.event;

import io.extreme.error.EventNotFoundException;
import io.extreme.error.StreamDeletedException;
import io.extreme.error.StreamNotFoundException;

/**
 * The outcome of reading one event.
 *
 * @param status      whether it was found
 * @param streamId    the stream asked for
 * @param eventNumber the number asked for (-1 for the last)
 * @param event       the event when {@code status} is {@link ReadStatus#SUCCESS}, else {@code null}
 */
public record EventReadResult(ReadStatus status, String streamId, long eventNumber, ResolvedEvent event) {
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
                throw new EventNotFoundException(streamId, eventNumber);
        }
    }
}
