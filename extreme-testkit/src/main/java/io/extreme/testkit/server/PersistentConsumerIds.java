package io.extreme.testkit.server;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UnsubscribeFromStream;
import io.extreme.testkit.engine.EngineSession;
import io.extreme.testkit.engine.EventStoreEngine;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The correlation ids of one connection's persistent consumers, from their connect to their
 * drop: whom to drop when the node stops serving groups (it shuts down, or is no longer master).
 * The engine keeps the consumers themselves; this only remembers which ids on this connection
 * are theirs, so that only they are unsubscribed, never a volatile subscription.
 *
 * <p>Threads: safe from any thread (connects on the reader's, drops on the engine's). Bounded by
 * the consumers the client connected on this connection.
 */
final class PersistentConsumerIds {
    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

    /**
     * A request arrives; false for a connect while the node's persistent subscriptions are stopped,
     * which goes unanswered. A connect let through is remembered before the engine sees it, since
     * its refusal (a drop) may come at once.
     */
    boolean admits(UUID id, Message request, boolean stopped) {
        if (!(request instanceof ConnectToPersistentSubscription)) {
            return true;
        }
        if (stopped) {
            return false;
        }
        ids.add(id);
        return true;
    }

    /** The request under {@code id} was not one the engine handles: nothing of it to remember. */
    void refused(UUID id) {
        ids.remove(id);
    }

    /** A message goes to the client: a drop ends the consumer under its id. */
    void sent(UUID id, Message message) {
        if (message instanceof SubscriptionDropped) {
            ids.remove(id);
        }
    }

    /**
     * Ends every consumer remembered, as a real node's persistent-subscription service does when
     * it stops: the engine's unsubscribe sends each SubscriptionDropped(Unsubscribed) and gives what
     * it held to the group's other consumers; the connection stays open.
     */
    void dropAll(EventStoreEngine engine, EngineSession session) {
        for (UUID id : List.copyOf(ids)) {
            ids.remove(id);
            engine.handle(session, id, null, new UnsubscribeFromStream());
        }
    }
}
