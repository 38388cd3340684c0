package io.extreme.typed;

import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;

/**
 * A {@link Listener}'s handler for decoded events: turn it into an {@link EventHandler} with
 * {@link io.extreme.TypedClient#handler}. Same contract as {@link EventHandler}: return the checkpoint,
 * usually {@code event.eventNumber()}.
 *
 * @param <T> the class the events are read as
 */
@FunctionalInterface
public interface TypedEventHandler<T> {
    /** Processes one event; throwing stops the listener. */
    long handle(TypedEvent<T> event) throws Exception;
}
