package io.extreme.subscription;

import io.extreme.event.Position;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A subscription that first reads what was written before it (from a checkpoint), then follows
 * new events live, with no gap and no duplicate between the two. It never buffers without bound:
 * when the handler falls behind live events it goes back to reading from where it is.
 */
public interface CatchUpSubscription extends Subscription {
    /** The number of the last event handed to the handler, in the subscribed stream; empty for none. */
    OptionalLong lastEventNumberQueued();

    /** The {@code $all} position of the last event handed to the handler; empty for none or for a stream. */
    Optional<Position> lastPositionQueued();

    /** Whether the subscription has caught up and delivers live events. */
    boolean isLive();

    /** Events waiting for the handler now. */
    int queuedEvents();

    /** The most events that ever waited for the handler at once; never above the options' queue size. */
    int maxQueuedEvents();
}
