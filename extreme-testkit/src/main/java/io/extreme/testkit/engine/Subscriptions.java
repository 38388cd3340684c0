package io.extreme.testkit.engine;

import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Volatile subscriptions (PROTOCOL.md §4.9): a subscription is confirmed with where the log and
 * the stream are now, then receives every event committed afterwards to its stream (or to any
 * stream for {@code $all}, the empty stream id), under the correlation id it was opened with.
 * Read access is checked once, when subscribing. Unsubscribing answers SubscriptionDropped
 * without a reason (= Unsubscribed); unsubscribing what is not subscribed answers nothing, as
 * the real server does. A closed connection's subscriptions end silently.
 */
final class Subscriptions {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private record Key(EngineSession session, UUID correlationId) {
    }

    private record Subscription(String streamId, boolean resolveLinkTos) {
        boolean wants(StoredEvent event) {
            return streamId.isEmpty() || streamId.equals(event.streamId());
        }
    }

    private final Map<Key, Subscription> subscriptions = new LinkedHashMap<>();
    private final StreamIndex index;
    private final TransactionLog log;
    private final AccessChecker access;
    private LinkResolver links;

    Subscriptions(StreamIndex index, TransactionLog log, AccessChecker access) {
        this.index = index;
        this.log = log;
        this.access = access;
    }

    /** Set once, after construction: resolving links needs reads that need the writer first. */
    void useLinkResolver(LinkResolver resolver) {
        this.links = resolver;
    }

    void subscribe(EngineSession session, UUID correlationId, SubscribeToStream request, Principal principal) {
        String streamId = request.streamId() == null ? "" : request.streamId();
        if (!access.canRead(principal, streamId.isEmpty() ? SystemNames.ALL : streamId)) {
            session.send(correlationId, new SubscriptionDropped(SubscriptionDropReason.ACCESS_DENIED));
            return;
        }
        subscriptions.put(new Key(session, correlationId), new Subscription(streamId, request.resolveLinkTos()));
        Long lastEventNumber = streamId.isEmpty() ? null : index.lastEventNumber(streamId);
        session.send(correlationId, new SubscriptionConfirmation(log.lastCommitPosition(), lastEventNumber));
    }

    void unsubscribe(EngineSession session, UUID correlationId) {
        if (subscriptions.remove(new Key(session, correlationId)) != null) {
            session.send(correlationId, new SubscriptionDropped(null));
        }
    }

    void sessionClosed(EngineSession session) {
        subscriptions.keySet().removeIf(key -> key.session() == session);
    }

    /** Pushes a newly committed event to every subscription that wants it. */
    void eventCommitted(StoredEvent event) {
        List<Key> broken = new ArrayList<>();
        for (Map.Entry<Key, Subscription> entry : subscriptions.entrySet()) {
            Subscription subscription = entry.getValue();
            if (!subscription.wants(event)) {
                continue;
            }
            ResolvedIndexedEvent resolved = subscription.resolveLinkTos() ? links.resolveForPush(event)
                    : EventRecords.unresolved(event);
            Key key = entry.getKey();
            try {
                key.session().send(key.correlationId(), new StreamEventAppeared(EventRecords.withPosition(resolved, event)));
            } catch (RuntimeException failure) {
                // One broken connection must not fail the write that fed it, nor the others.
                LOG.warn("Dropping a subscription whose session refused a push: {}", failure.toString());
                broken.add(key);
            }
        }
        broken.forEach(subscriptions::remove);
    }
}
