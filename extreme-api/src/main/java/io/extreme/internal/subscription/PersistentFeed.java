package io.extreme.internal.subscription;

import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;

/**
 * What a persistent-subscription consumer on the wire feeds to whoever runs it. Called on the
 * engine thread: implementations only queue and return.
 */
public interface PersistentFeed extends LiveFeed {
    /** The server confirmed the consumer; acks and nacks name {@code subscriptionId}. */
    void persistentConfirmed(String subscriptionId, long lastCommitPosition, long lastEventNumber);

    /** An event the server pushed, with how often it was delivered before. */
    void persistentEvent(ResolvedIndexedEvent event, int retryCount);

    @Override
    default void confirmed(long lastCommitPosition, long lastEventNumber) {
        throw new IllegalStateException("a persistent subscription is confirmed with its id");
    }

    @Override
    default void event(WireResolvedEvent event) {
        throw new IllegalStateException("a persistent subscription gets indexed events");
    }
}
