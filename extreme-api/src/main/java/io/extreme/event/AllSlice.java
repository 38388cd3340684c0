package io.extreme.event;

import java.util.List;

/**
 * A page of {@code $all}.
 *
 * @param fromPosition where the read started
 * @param forward      the direction
 * @param events       the events with their positions
 * @param nextPosition where the next page starts
 */
public record AllSlice(Position fromPosition, boolean forward, List<ResolvedEvent> events, Position nextPosition) {
    public AllSlice {
        events = List.copyOf(events);
    }

    /** Whether the read reached the end of the log (no events came back). */
    public boolean isEndOfStream() {
        return events.isEmpty();
    }
}
