package io.extreme.testkit.engine;

import io.extreme.persistent.NackAction;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.SubscriptionDropped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One persistent subscription group on one stream (PROTOCOL.md §4.11): its settings, its
 * consumers, where it is in the stream, the messages out with consumers and those waiting to be
 * retried. Messages to retry go out before new ones. It reads the stream from the index as it
 * goes, so events appended later are delivered by the same path as the ones before.
 * Not thread-safe: the engine's lock guards it. Checkpoints go to the group's checkpoint stream
 * ({@link CheckpointSchedule}), but the position a group starts from is kept in memory only.
 *
 * <p>Rests on guesses, unconfirmed against a real server: a consumer that leaves hands back what it
 * held with its retry count raised by one, and a message already at {@code max_retry_count} is
 * then parked even though no consumer timed out (the recordings only show first deliveries
 * coming back with retry count 1); an update keeps the position and the retry counts.
 */
final class SubscriptionGroup {
    private record Retry(StoredEvent event, int retryCount) {
    }

    private record Outstanding(StoredEvent event, int retryCount, PersistentConsumer consumer, Instant deadline) {
    }

    private final String streamId;
    private final String groupName;
    private final StreamIndex index;
    private final LinkResolver links;
    private final ParkedMessages parking;
    private final CheckpointWriter checkpoints;
    private final CheckpointSchedule checkpointSchedule = new CheckpointSchedule();
    /** The highest event number pushed so far (-1: none), the checkpoint when nothing is out. */
    private long lastPushed = -1;
    private final Clock clock;
    private final List<PersistentConsumer> consumers = new ArrayList<>();
    private final Deque<Retry> retries = new ArrayDeque<>();
    private final Map<UUID, Outstanding> outstanding = new LinkedHashMap<>();
    private PersistentSubscriptionConfig config;
    private ConsumerStrategy strategy;
    private long nextEventNumber;
    private int rotation;

    SubscriptionGroup(String streamId, String groupName, PersistentSubscriptionConfig config, ConsumerStrategy strategy,
                      StreamIndex index, LinkResolver links, ParkedMessages parking, CheckpointWriter checkpoints,
                      Clock clock) {
        this.streamId = streamId;
        this.groupName = groupName;
        this.index = index;
        this.links = links;
        this.parking = parking;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.config = config;
        this.strategy = strategy;
        // -1 starts after what the stream holds now; N starts at event N.
        this.nextEventNumber = config.startFrom() < 0 ? index.lastEventNumber(streamId) + 1 : config.startFrom();
    }

    /** The server's key, which confirmations carry and acks name: {@code "<stream>::<group>"}. */
    String key() {
        return streamId + "::" + groupName;
    }

    String streamId() {
        return streamId;
    }

    /** Events pushed and neither acked nor nacked yet. */
    int outstandingCount() {
        return outstanding.size();
    }

    boolean isFull() {
        return config.subscriberMaxCount() > 0 && consumers.size() >= config.subscriberMaxCount();
    }

    void add(PersistentConsumer consumer) {
        consumers.add(consumer);
        pump();
    }

    /**
     * New settings from an update, after the caller dropped every consumer: the position in the
     * stream and the messages waiting to be retried are kept ({@code start_from} is not applied
     * again). Unconfirmed: a real server rebuilds the group, which may restart it from its
     * checkpoint stream instead.
     */
    void update(PersistentSubscriptionConfig newConfig, ConsumerStrategy newStrategy) {
        config = newConfig;
        strategy = newStrategy;
    }

    /**
     * Drops every consumer (update, delete) with a SubscriptionDropped that has no reason, as the
     * real server does when the group is deleted (PROTOCOL.md §12.1 #12), the same empty message
     * it answers an unsubscribe with. For an update that is unconfirmed. What they held waits, with
     * its retry count, for the next consumer. Returns them.
     */
    List<PersistentConsumer> dropAllConsumers() {
        List<PersistentConsumer> dropped = List.copyOf(consumers);
        consumers.clear();
        rotation = 0;
        for (Iterator<Outstanding> it = outstanding.values().iterator(); it.hasNext(); ) {
            Outstanding message = it.next();
            it.remove();
            retries.addLast(new Retry(message.event(), message.retryCount()));
        }
        for (PersistentConsumer consumer : dropped) {
            consumer.session().send(consumer.correlationId(), new SubscriptionDropped(null));
        }
        return dropped;
    }

    /**
     * A consumer left (unsubscribed or its connection closed): its unacknowledged messages are
     * retried by the others, counted as a retry as the server does.
     */
    void remove(PersistentConsumer consumer) {
        int position = consumers.indexOf(consumer);
        if (position < 0) {
            return;
        }
        consumers.remove(position);
        if (position < rotation) {
            rotation--;
        }
        List<Outstanding> lost = new ArrayList<>();
        outstanding.values().removeIf(message -> message.consumer() == consumer && lost.add(message));
        lost.forEach(this::retryOrPark);
        pump();
    }

    void ack(List<UUID> eventIds) {
        for (UUID eventId : eventIds) {
            Outstanding message = outstanding.remove(eventId);
            if (message != null) {
                message.consumer().released();
            }
        }
        checkpointIfDue(false);
        pump();
    }

    /**
     * Applies a nak. Stop does nothing of its own on the real server (PROTOCOL.md §12.1 #9): the
     * ids are then taken out of the consumer's and the group's messages as for an ack, so the
     * consumer stays, no drop is sent and the event does not come again.
     */
    void nak(List<UUID> eventIds, NackAction action, String reason) {
        for (UUID eventId : eventIds) {
            Outstanding message = outstanding.remove(eventId);
            if (message == null) {
                continue;
            }
            message.consumer().released();
            if (action == null) { // the wire's Unknown: the server retries
                retryOrPark(message);
                continue;
            }
            switch (action) {
                case PARK -> parking.park(streamId, groupName, message.event(),
                        "Client explicitly NAK'ed message.\n" + (reason == null ? "" : reason));
                case SKIP, STOP -> { } // done with, as if acked
                default -> retryOrPark(message);
            }
        }
        checkpointIfDue(false);
        pump();
    }

    /** Messages out longer than {@code message_timeout} are retried (or parked past max retries). */
    void retryTimedOut(Instant now) {
        List<Outstanding> expired = new ArrayList<>();
        outstanding.values().removeIf(message -> message.deadline() != null && !now.isBefore(message.deadline())
                && expired.add(message));
        for (Outstanding message : expired) {
            message.consumer().released();
            retryOrPark(message);
        }
        if (!expired.isEmpty()) {
            pump();
        }
        checkpointIfDue(true);
    }

    /** Pushes what can go now: retries first, then the stream's next events. */
    void pump() {
        while (!consumers.isEmpty()) {
            Retry next = peek();
            if (next == null) {
                return;
            }
            int chosen = strategy.choose(consumers, rotation, next.event());
            if (chosen < 0) {
                return;
            }
            if (!retries.isEmpty()) {
                retries.removeFirst();
            } else {
                nextEventNumber++;
            }
            rotation = (chosen + 1) % consumers.size();
            lastPushed = Math.max(lastPushed, next.event().eventNumber());
            push(consumers.get(chosen), next);
        }
    }

    private Retry peek() {
        if (!retries.isEmpty()) {
            return retries.peekFirst();
        }
        long last = index.lastEventNumber(streamId);
        if (last == SystemNames.DELETED_STREAM || nextEventNumber > last) {
            return null;
        }
        StoredEvent event = index.event(streamId, nextEventNumber);
        return event == null ? null : new Retry(event, 0);
    }

    private void push(PersistentConsumer consumer, Retry message) {
        StoredEvent event = message.event();
        Instant deadline = config.messageTimeoutMilliseconds() > 0
                ? clock.instant().plusMillis(config.messageTimeoutMilliseconds()) : null;
        outstanding.put(event.eventId(), new Outstanding(event, message.retryCount(), consumer, deadline));
        consumer.taken();
        ResolvedIndexedEvent resolved = config.resolveLinkTos() ? links.resolveForPush(event)
                : EventRecords.unresolved(event);
        consumer.session().send(consumer.correlationId(),
                new PersistentSubscriptionStreamEventAppeared(resolved, message.retryCount()));
    }

    private void retryOrPark(Outstanding message) {
        if (message.retryCount() >= config.maxRetryCount()) {
            parking.park(streamId, groupName, message.event(), "Reached retry count of " + config.maxRetryCount());
        } else {
            retries.addLast(new Retry(message.event(), message.retryCount() + 1));
        }
    }

    /** Writes a checkpoint when {@link CheckpointSchedule} says one is due; {@code onTick} for the clock's tick. */
    private void checkpointIfDue(boolean onTick) {
        long lowest = Long.MAX_VALUE;
        for (Outstanding message : outstanding.values()) {
            lowest = Math.min(lowest, message.event().eventNumber());
        }
        for (Retry retry : retries) {
            lowest = Math.min(lowest, retry.event().eventNumber());
        }
        long candidate = lowest == Long.MAX_VALUE ? lastPushed : lowest - 1;
        long checkpoint = checkpointSchedule.due(candidate, onTick, clock.instant(), config.checkpointAfterTime(),
                config.checkpointMinCount(), config.checkpointMaxCount());
        if (checkpoint >= 0) {
            checkpoints.write(streamId, groupName, checkpoint);
        }
    }
}
