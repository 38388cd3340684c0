package io.extreme.spi.message;

import java.util.List;

/**
 * A slice of a stream.
 *
 * @param error or null
 */
public record ReadStreamEventsCompleted(ReadDirection direction, List<ResolvedIndexedEvent> events, ReadStreamResult result, long nextEventNumber, long lastEventNumber, boolean endOfStream, long lastCommitPosition, String error) implements Message {
    public ReadStreamEventsCompleted {
        events = List.copyOf(events);
    }
}
