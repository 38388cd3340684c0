package io.extreme.internal.subscription;

import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.subscription.DropReason;

/**
 * What a volatile subscription on the wire feeds to whoever runs it: the confirmation, each
 * pushed event, and the end. Called on the engine thread: implementations only queue and return.
 */
public interface LiveFeed {
    /** The server confirmed; events after this point follow. */
    void confirmed(long lastCommitPosition, long lastEventNumber);

    /** An event the server pushed. */
    void event(WireResolvedEvent event);

    /** The subscription ended; called once. */
    void dropped(DropReason reason, Throwable cause);

    /**
     * Whether, when the connection is lost, this subscription should be sent again once the client
     * has reconnected, instead of ending. Persistent-subscription consumers do: the server keeps
     * their group and redelivers what was not acknowledged.
     */
    default boolean resumesAfterReconnect() {
        return false;
    }
}
