package io.extreme.spi.message;

import java.util.List;

/**
 * Appends events to a stream.
 *
 * @param streamId the stream
 * @param expectedVersion -2 any, -1 no stream, -4 stream exists, or the last event number
 * @param events the events, possibly none
 * @param requireMaster refuse on a non-master node
 */
public record WriteEvents(String streamId, long expectedVersion, List<NewEvent> events, boolean requireMaster) implements Message {
    public WriteEvents {
        events = List.copyOf(events);
    }
}
