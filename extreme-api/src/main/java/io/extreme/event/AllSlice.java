package io.extreme.event;

import java.util.List;
import java.util.Objects;

/**
 * A page of {@code $all}.
 *
 * @param from      where the read started
 * @param direction the direction
 * @param events    the events with their positions
 * @param next      where the next page starts
 */
public record AllSlice(Position from, Direction direction, List<ResolvedEvent> events, Position next) {
    public AllSlice {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(next, "next");
        events = List.copyOf(events);
    }

    /** Whether the read reached the end of the log (no events came back). */
    public boolean isEndOfStream() {
        return events.isEmpty();
    }
}
