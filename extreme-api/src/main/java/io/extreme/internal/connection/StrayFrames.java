package io.extreme.internal.connection;

import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.message.UnsubscribeFromStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames for no operation and no live subscription. Most are late answers and are ignored. A
 * subscription's confirmation or push is different: the server runs a subscription the client
 * gave up on (it timed out waiting for the confirmation) and would push to it for the life of
 * the connection, so it is answered with an unsubscribe, which ends volatile and persistent
 * subscriptions alike. Engine thread only.
 */
final class StrayFrames {
    private static final Logger log = LoggerFactory.getLogger(StrayFrames.class);
    /**
     * How many orphans' ids are remembered, so that a burst of pushes to one sends one unsubscribe
     * and the server's answering drop is recognised. Orphans are rare (one per subscription
     * confirmed after its timeout); one forgotten under a flood of others is merely unsubscribed
     * again, which the server answers with one more drop.
     */
    static final int REMEMBERED_ORPHANS = 256;

    private final ProtocolCodec codec;
    private final String name;
    private final Set<UUID> orphans = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > REMEMBERED_ORPHANS;
        }
    });

    StrayFrames(ProtocolCodec codec, String name) {
        this.codec = codec;
        this.name = name;
    }

    /** Handles {@code frame}, which no operation or subscription claimed; {@code connection} may be null. */
    void received(Frame frame, TransportConnection connection) {
        UUID id = frame.correlationId();
        if (isSubscriptionTraffic(frame.command())) {
            if (orphans.add(id)) {
                log.debug("[{}] {} for subscription {}, which the client no longer knows (it timed out before it was confirmed); unsubscribing",
                        name, frame.commandName(), id);
                if (connection != null) {
                    // No user: the server ends a subscription by its connection and id, without an access check.
                    connection.send(codec.encode(id, null, new UnsubscribeFromStream()));
                }
            }
        } else if (frame.command() == TcpCommand.SUBSCRIPTION_DROPPED && orphans.contains(id)) {
            log.trace("[{}] the server ended orphaned subscription {}", name, id);
        } else if (frame.command() == TcpCommand.BAD_REQUEST && Frame.ZERO_ID.equals(id)) {
            String words = new String(frame.payload(), StandardCharsets.UTF_8);
            log.warn("[{}] server rejected the connection: {}", name, words);
        } else {
            log.trace("[{}] frame for no operation: {}", name, frame);
        }
    }

    /** The connection is gone, and with it every subscription the server ran on it. */
    void connectionLost() {
        orphans.clear();
    }

    /** What the server sends only to a subscription it runs: confirmations and pushed events. */
    private static boolean isSubscriptionTraffic(int command) {
        return command == TcpCommand.SUBSCRIPTION_CONFIRMATION || command == TcpCommand.STREAM_EVENT_APPEARED
                || command == TcpCommand.PERSISTENT_SUBSCRIPTION_CONFIRMATION
                || command == TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED;
    }
}
