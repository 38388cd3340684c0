package io.extreme.subscription;

import io.extreme.event.ResolvedEvent;

/**
 * What a {@link Listener} does with one event: process it (project it into a read model, say)
 * and return the new checkpoint, the number the listener should continue after.
 *
 * <p>The checkpoint is normally {@link ResolvedEvent#originalEventNumber()}: the event's number
 * in the stream listened to, which for a stream of links ({@code $ce-…}, {@code $et-…}) is the
 * link's number, not the number of the event it points at. Store it together with the read
 * model's change, so that a restarted listener can continue from it.
 *
 * <p>Called on the client's callback executor (never on an I/O thread), for one event at a
 * time, in the stream's order. It may block; while it runs no further event of this listener is
 * delivered. Throwing stops the listener with the exception (see {@link Listener#completion()}).
 */
@FunctionalInterface
public interface EventHandler {
    /**
     * Processes one event.
     *
     * @param event the event; with links resolved, {@link ResolvedEvent#event()} is the target
     * @return the last processed event number to remember, usually {@code event.originalEventNumber()}
     * @throws Exception to stop the listener; the event then counts as not processed
     */
    long handle(ResolvedEvent event) throws Exception;
}
