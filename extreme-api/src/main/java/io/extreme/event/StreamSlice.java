package io.extreme.event;

import io.extreme.error.StreamDeletedException;
import io.extreme.error.StreamNotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A page of a stream, read forward or backward.
 *
 * @param status          {@link ReadStatus#SUCCESS}, {@link ReadStatus#NO_STREAM} or {@link ReadStatus#STREAM_DELETED}
 * @param streamId        the stream
 * @param from            where the read started ({@link StreamPosition#END} for a backward read from the last event)
 * @param direction       the direction
 * @param events          the events, in the direction read
 * @param next            where the next page starts; {@link StreamPosition#END} when the server named none
 *                        (a backward read that reached the start, a stream that is not there)
 * @param lastEventNumber the stream's last event number when read; empty when it has none
 * @param isEndOfStream   whether this page reached the end (forward) or the start (backward)
 */
public record StreamSlice(ReadStatus status, String streamId, StreamPosition from, Direction direction,
                          List<ResolvedEvent> events, StreamPosition next, OptionalLong lastEventNumber,
                          boolean isEndOfStream) {
    public StreamSlice {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(lastEventNumber, "lastEventNumber");
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
