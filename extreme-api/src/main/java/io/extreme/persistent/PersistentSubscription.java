package io.extreme.persistent;

import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import java.util.List;
import java.util.UUID;

/**
 * A consumer connected to a persistent subscription group: the server pushes it events, at most
 * as many unacknowledged at once as its buffer size, and sends an event again when it is not
 * acknowledged in time. Acks and nacks are one-way: they return at once and never fail; after
 * the subscription ended they are dropped (the server redelivers what was not acknowledged).
 *
 * <p>Acks and nacks, the automatic ones and those made here, are sent in batches: an id waits at
 * most a few milliseconds for others, and one frame carries up to 2,000 ids (fewer when the
 * buffer size is smaller: once a buffer full waits, it is sent at once). Nacks share a frame
 * when they have the same action and reason. {@link #close()} sends what waits before it
 * unsubscribes. While an id waits, a second ack or nack of it is ignored: the first decision
 * stands, and with auto-ack an event the handler acked or nacked itself is not acked again.
 *
 * <p>A consumer stays with its group until it is closed: after a lost connection, and when the
 * node it is on lets it go unasked (a master that shuts down or stops being master drops its
 * consumers as unsubscribed), it connects to the group again, on the master; what it had not
 * acknowledged comes again. It ends with {@link DropReason#PERSISTENT_SUBSCRIPTION_DELETED} when
 * the group is gone by then.
 */
public interface PersistentSubscription extends AutoCloseable {
    /** The stream of the group. */
    String streamId();

    /** The group's name. */
    String groupName();

    /** The server's id of this subscription, {@code stream::group}. */
    String subscriptionId();

    /** Acknowledges events: they are done and will not come again. */
    default void ack(List<ResolvedEvent> events) {
        ackEventIds(ids(events));
    }

    /**
     * Acknowledges events by id: the id of {@link ResolvedEvent#originalEvent()}, which is the
     * link's when the group resolves links.
     */
    void ackEventIds(List<UUID> eventIds);

    /** Refuses events by id, saying what to do with them and why. */
    void nackEventIds(List<UUID> eventIds, NackAction action, String reason);

    /** Acknowledges one event. */
    default void ack(ResolvedEvent event) {
        ack(List.of(event));
    }

    /** Refuses events, saying what to do with them and why. */
    default void nack(List<ResolvedEvent> events, NackAction action, String reason) {
        nackEventIds(ids(events), action, reason);
    }

    /** The ids the server knows events by: the link's when a link was resolved. */
    private static List<UUID> ids(List<ResolvedEvent> events) {
        return events.stream().map(e -> e.originalEvent().eventId()).toList();
    }

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
