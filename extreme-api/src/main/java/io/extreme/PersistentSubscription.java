package io.extreme;

import java.util.List;

/**
 * A consumer connected to a persistent subscription group: the server pushes it events, at most
 * as many unacknowledged at once as its buffer size, and sends an event again when it is not
 * acknowledged in time. Acks and nacks are one-way: they return at once and never fail; after
 * the subscription ended they are dropped (the server redelivers what was not acknowledged).
 */
public interface PersistentSubscription extends AutoCloseable {
    /** The stream of the group. */
    String streamId();

    /** The group's name. */
    String groupName();

    /** The server's id of this subscription, {@code stream::group}. */
    String subscriptionId();

    /** Acknowledges events: they are done and will not come again. */
    void ack(List<ResolvedEvent> events);

    /** Acknowledges one event. */
    default void ack(ResolvedEvent event) {
        ack(List.of(event));
    }

    /** Refuses events, saying what to do with them and why. */
    void nack(List<ResolvedEvent> events, NackAction action, String reason);

    /** Refuses one event. */
    default void nack(ResolvedEvent event, NackAction action, String reason) {
        nack(List.of(event), action, reason);
    }

    /** Whether events may still arrive. */
    boolean isActive();

    /** Disconnects this consumer; the listener hears {@link DropReason#UNSUBSCRIBED}. Idempotent. */
    @Override
    void close();
}
