package io.extreme.spi.message;

import java.util.List;

/**
 * A slice of {@code $all}.
 *
 * @param commitPosition where the read started
 * @param result or null when absent (means success)
 * @param error or null
 */
public record ReadAllEventsCompleted(ReadDirection direction, long commitPosition, long preparePosition, List<WireResolvedEvent> events, long nextCommitPosition, long nextPreparePosition, ReadAllResult result, String error) implements Message {
    public ReadAllEventsCompleted {
        events = List.copyOf(events);
    }
}
