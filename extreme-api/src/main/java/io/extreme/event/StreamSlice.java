package io.extreme.event;

import io.extreme.error.StreamDeletedException;
import io.extreme.error.StreamNotFoundException;
import java.util.List;

/**
 * A page of a stream, read forward or backward.
 *
 * @param status          {@link ReadStatus#SUCCESS}, {@link ReadStatus#NO_STREAM} or {@link ReadStatus#STREAM_DELETED}
 * @param streamId        the stream
 * @param fromEventNumber where the read started
 * @param forward         the direction
 * @param events          the events, in the direction read
 * @param nextEventNumber where the next page starts
 * @param lastEventNumber the stream's last event number when read
 * @param endOfStream     whether this page reached the end (forward) or the start (backward)
 */
public record StreamSlice(ReadStatus status, String streamId, long fromEventNumber, boolean forward,
                          List<ResolvedEvent> events, long nextEventNumber, long lastEventNumber,
                          boolean endOfStream) {
    public StreamSlice {
        events = List.copyOf(events);
    }

    /** This slice when the stream was found; else {@link StreamNotFoundException} or {@link StreamDeletedException}. */
    public StreamSlice requireFound() {
        return switch (status) {
            case NO_STREAM, NOT_FOUND -> throw new StreamNotFoundException(streamId);
            case STREAM_DELETED -> throw new StreamDeletedException(streamId);
            case SUCCESS -> this;
        };
    }
}
