package io.extreme.testkit.engine;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.CreatePersistentSubscriptionResult;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscriptionCompleted;
import io.extreme.spi.message.DeletePersistentSubscriptionResult;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.UpdatePersistentSubscriptionCompleted;
import io.extreme.spi.message.UpdatePersistentSubscriptionResult;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Persistent subscriptions, competing consumers (PROTOCOL.md §3.7, §4.11, §12.1 #3): groups per
 * stream created, updated and deleted by {@code $admins} (even {@code $ops} is refused), with the
 * result texts of a real 4.1.4; consumers that connect under a correlation id, receive pushes
 * within their in-flight allowance, and ack or nak them under the same id. Acks and naks get no
 * answer, as on the real server.
 */
final class PersistentSubscriptions {
    private record ConsumerKey(EngineSession session, UUID correlationId) {
    }

    private record Membership(SubscriptionGroup group, PersistentConsumer consumer) {
    }

    private final Map<String, SubscriptionGroup> groups = new LinkedHashMap<>();
    private final Map<ConsumerKey, Membership> members = new HashMap<>();
    private final StreamIndex index;
    private final TransactionLog log;
    private final AccessChecker access;
    private final LinkResolver links;
    private final ParkedMessages parking;
    private final CheckpointWriter checkpoints;
    private final Clock clock;
    /** Ack frames received, whoever sent them: tests measure how well a client batches. */
    private long ackFrames;

    PersistentSubscriptions(StreamIndex index, TransactionLog log, AccessChecker access, LinkResolver links,
                            StorageWriter writer, Clock clock) {
        this.index = index;
        this.log = log;
        this.access = access;
        this.links = links;
        this.parking = new ParkedMessages(writer, index, clock);
        this.checkpoints = new CheckpointWriter(writer, index);
        this.clock = clock;
    }

    /** Whether any group exists, so that the engine starts its timeout ticker only when needed. */
    boolean hasGroups() {
        return !groups.isEmpty();
    }

    CreatePersistentSubscriptionCompleted create(CreatePersistentSubscription request, Principal principal) {
        if (!principal.isAdmin()) {
            return new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.ACCESS_DENIED,
                    "You do not have permissions to create streams");
        }
        String streamId = request.streamId();
        if (streamId == null || streamId.isEmpty() || SystemNames.ALL.equals(streamId)) {
            return new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.FAIL, "Bad stream name.");
        }
        String key = keyOf(streamId, request.groupName());
        if (groups.containsKey(key)) {
            return new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.ALREADY_EXISTS,
                    "Group '" + request.groupName() + "' already exists.");
        }
        ConsumerStrategy strategy = ConsumerStrategy.named(request.config().namedConsumerStrategy(),
                request.config().preferRoundRobin());
        if (strategy == null) {
            return new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.FAIL,
                    "Consumer strategy " + request.config().namedConsumerStrategy() + " does not exist.");
        }
        groups.put(key, new SubscriptionGroup(streamId, request.groupName(), request.config(), strategy, index, links,
                parking, checkpoints, clock));
        return new CreatePersistentSubscriptionCompleted(CreatePersistentSubscriptionResult.SUCCESS, "");
    }

    UpdatePersistentSubscriptionCompleted update(UpdatePersistentSubscription request, Principal principal) {
        if (!principal.isAdmin()) {
            return new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.ACCESS_DENIED,
                    "You do not have permissions to update the subscription");
        }
        SubscriptionGroup group = groups.get(keyOf(request.streamId(), request.groupName()));
        if (group == null) {
            return new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.DOES_NOT_EXIST,
                    "Group '" + request.groupName() + "' does not exist.");
        }
        ConsumerStrategy strategy = ConsumerStrategy.named(request.config().namedConsumerStrategy(),
                request.config().preferRoundRobin());
        if (strategy == null) {
            return new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.FAIL,
                    "Consumer strategy " + request.config().namedConsumerStrategy() + " does not exist.");
        }
        forget(group.dropAllConsumers());
        group.update(request.config(), strategy);
        return new UpdatePersistentSubscriptionCompleted(UpdatePersistentSubscriptionResult.SUCCESS, "");
    }

    DeletePersistentSubscriptionCompleted delete(DeletePersistentSubscription request, Principal principal) {
        if (!principal.isAdmin()) {
            // The real 4.1.4 answers a refused delete with the create text.
            return new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.ACCESS_DENIED,
                    "You do not have permissions to create streams");
        }
        SubscriptionGroup group = groups.remove(keyOf(request.streamId(), request.groupName()));
        if (group == null) {
            return new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.DOES_NOT_EXIST,
                    "Group '" + request.groupName() + "' does not exist.");
        }
        forget(group.dropAllConsumers());
        return new DeletePersistentSubscriptionCompleted(DeletePersistentSubscriptionResult.SUCCESS, "");
    }

    void connect(EngineSession session, UUID correlationId, ConnectToPersistentSubscription request,
                 Principal principal) {
        String streamId = request.streamId() == null ? "" : request.streamId();
        if (!access.canRead(principal, streamId.isEmpty() ? SystemNames.ALL : streamId)) {
            session.send(correlationId, new SubscriptionDropped(SubscriptionDropReason.ACCESS_DENIED));
            return;
        }
        SubscriptionGroup group = groups.get(keyOf(streamId, request.groupName()));
        if (group == null) {
            session.send(correlationId, new SubscriptionDropped(SubscriptionDropReason.NOT_FOUND));
            return;
        }
        if (group.isFull()) {
            session.send(correlationId, new SubscriptionDropped(SubscriptionDropReason.SUBSCRIBER_MAX_COUNT_REACHED));
            return;
        }
        PersistentConsumer consumer = new PersistentConsumer(session, correlationId, request.allowedInFlightMessages());
        members.put(new ConsumerKey(session, correlationId), new Membership(group, consumer));
        session.send(correlationId, new PersistentSubscriptionConfirmation(log.lastCommitPosition(), group.key(),
                index.lastEventNumber(streamId)));
        group.add(consumer); // after the confirmation, so that pushes follow it
    }

    /** Acks from a consumer that is not connected (any more) are ignored, as acks have no answer. */
    void ack(EngineSession session, UUID correlationId, PersistentSubscriptionAckEvents request) {
        ackFrames++;
        Membership membership = members.get(new ConsumerKey(session, correlationId));
        if (membership != null) {
            membership.group().ack(request.processedEventIds());
        }
    }

    long ackFrames() {
        return ackFrames;
    }

    /** Events of the group pushed and not yet acked or nacked; -1 when there is no such group. */
    int outstanding(String streamId, String groupName) {
        SubscriptionGroup group = groups.get(keyOf(streamId, groupName));
        return group == null ? -1 : group.outstandingCount();
    }

    /** Naks: Park, Retry/Unknown, Skip, or Stop, which the real server handles as an ack (§12.1 #9). */
    void nak(EngineSession session, UUID correlationId, PersistentSubscriptionNakEvents request) {
        Membership membership = members.get(new ConsumerKey(session, correlationId));
        if (membership != null) {
            membership.group().nak(request.processedEventIds(), request.action(), request.message());
        }
    }

    /** Ends one consumer with SubscriptionDropped (no reason = Unsubscribed); false if it is not one. */
    boolean unsubscribe(EngineSession session, UUID correlationId) {
        Membership membership = members.remove(new ConsumerKey(session, correlationId));
        if (membership == null) {
            return false;
        }
        membership.group().remove(membership.consumer());
        session.send(correlationId, new SubscriptionDropped(null));
        return true;
    }

    /** A closed connection's consumers leave silently; the others get what they held. */
    void sessionClosed(EngineSession session) {
        List<ConsumerKey> gone = members.keySet().stream().filter(key -> key.session() == session).toList();
        for (ConsumerKey key : gone) {
            Membership membership = members.remove(key);
            membership.group().remove(membership.consumer());
        }
    }

    /** An event was committed: groups on its stream push it if they have room. */
    void eventCommitted(StoredEvent event) {
        for (SubscriptionGroup group : List.copyOf(groups.values())) {
            if (group.streamId().equals(event.streamId())) {
                group.pump();
            }
        }
    }

    /** Retries (or parks) every message whose timeout has passed on the clock. */
    void retryTimedOutMessages() {
        for (SubscriptionGroup group : List.copyOf(groups.values())) {
            group.retryTimedOut(clock.instant());
        }
    }

    private void forget(List<PersistentConsumer> dropped) {
        for (PersistentConsumer consumer : dropped) {
            members.remove(new ConsumerKey(consumer.session(), consumer.correlationId()));
        }
    }

    private static String keyOf(String streamId, String groupName) {
        return streamId + "::" + groupName;
    }
}
