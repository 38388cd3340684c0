package io.extreme.internal.catchup;

import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import java.util.List;

/**
 * One page a catch-up read: its events, whether it was the last, where the next starts, and a
 * failure to end with instead. A value of its own because both kinds of catch-up make it (event
 * numbers for a stream, positions for {@code $all}) and {@link CatchUp} reads it the same way.
 */
record Page(List<ResolvedEvent> events, boolean endOfStream, boolean missing, long nextEventNumber,
            Position nextPosition, DropReason failure, Throwable cause) {
    static Page failed(DropReason reason, Throwable cause) {
        return new Page(List.of(), true, false, -1, null, reason, cause);
    }
}
