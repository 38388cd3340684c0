package io.extreme.testkit.engine;

import io.extreme.persistent.NackAction;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.SubscriptionDropReason;
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
 * Not thread-safe: the engine's lock guards it. Positions are kept in memory only (no
 * checkpoint stream is written).
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
    /** The last checkpoint written, and what was dealt with since: checkpoints follow the group's settings. */
    private long checkpointed = -1;
    private int processedSinceCheckpoint;
    private Instant lastCheckpointAt;
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
        this.lastCheckpointAt = clock.instant();
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
     * again, as there is no checkpoint to restart from).
     */
    void update(PersistentSubscriptionConfig newConfig, ConsumerStrategy newStrategy) {
        config = newConfig;
        strategy = newStrategy;
    }

    /**
     * Drops every consumer with SubscriptionDropped(Unsubscribed) (update, delete, a Stop nak);
     * what they held waits, with its retry count, for the next consumer. Returns them.
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
            consumer.session().send(consumer.correlationId(), new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED));
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
                processed();
            }
        }
        pump();
    }

    /** Applies a nak; returns true when the action was Stop, which ends the subscription. */
    boolean nak(List<UUID> eventIds, NackAction action, String reason) {
        boolean stop = false;
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
                case PARK -> {
                    parking.park(streamId, groupName, message.event(),
                            "Client explicitly NAK'ed message.\n" + (reason == null ? "" : reason));
                    processed();
                }
                case SKIP -> processed(); // done with, as if acked
                case STOP -> {
                    retries.addLast(new Retry(message.event(), message.retryCount()));
                    stop = true;
                }
                default -> retryOrPark(message);
            }
        }
        if (!stop) {
            pump();
        }
        return stop;
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
        checkpointIfDue(now);
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
            processed();
        } else {
            retries.addLast(new Retry(message.event(), message.retryCount() + 1));
        }
    }

    /** One more message dealt with; a checkpoint is forced after checkpoint_max_count of them. */
    private void processed() {
        processedSinceCheckpoint++;
        if (processedSinceCheckpoint >= Math.max(1, config.checkpointMaxCount())) {
            checkpoint();
        }
    }

    /** A checkpoint once checkpoint_after_time has passed, when at least checkpoint_min_count were dealt with. */
    private void checkpointIfDue(Instant now) {
        if (processedSinceCheckpoint > 0 && processedSinceCheckpoint >= config.checkpointMinCount()
                && !now.isBefore(lastCheckpointAt.plusMillis(config.checkpointAfterTime()))) {
            checkpoint();
        }
    }

    /** Writes the last event number before anything still out or waiting for a retry. */
    private void checkpoint() {
        long lowest = nextEventNumber;
        for (Outstanding message : outstanding.values()) {
            lowest = Math.min(lowest, message.event().eventNumber());
        }
        for (Retry retry : retries) {
            lowest = Math.min(lowest, retry.event().eventNumber());
        }
        processedSinceCheckpoint = 0;
        lastCheckpointAt = clock.instant();
        if (lowest - 1 > checkpointed) {
            checkpointed = lowest - 1;
            checkpoints.write(streamId, groupName, checkpointed);
        }
    }
}
