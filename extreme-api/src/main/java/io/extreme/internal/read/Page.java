package io.extreme.internal.read;

import io.extreme.event.ResolvedEvent;
import java.util.List;

/**
 * One page of a read: its events in the order read, where the next page starts, and whether this
 * was the last one. The same shape for a stream (event numbers) and {@code $all} (positions), so
 * that one {@link Pager} pages both.
 *
 * @param events the events, in the direction read
 * @param next   where the next page starts; meaningless when {@code last}
 * @param last   whether the read has reached the end (or the start, backward)
 * @param <P>    the kind of place: an event number or a position
 */
public record Page<P>(List<ResolvedEvent> events, P next, boolean last) {
    public Page {
        events = List.copyOf(events);
    }

    /** A page with no events that ends the read: a missing or soft-deleted stream. */
    public static <P> Page<P> empty(P next) {
        return new Page<>(List.of(), next, true);
    }
}
