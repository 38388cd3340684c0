package io.extreme.internal.connection;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.BadRequestException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.ConnectionLostException;
import io.extreme.error.ExtremeException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.error.PersistentSubscriptionDeletedException;
import io.extreme.internal.operation.CallLimits;
import io.extreme.internal.subscription.PersistentFeed;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UnsubscribeFromStream;
import io.extreme.subscription.DropReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The volatile subscriptions the server confirmed on the current connection, by correlation
 * id, and what their frames mean: events go to the feed, a drop ends it. Engine thread only.
 *
 * <p>One drop does not end its subscription: a persistent consumer the server drops with
 * Unsubscribed when the user asked for no unsubscribe. A real node sends that to every consumer
 * when it starts shutting down or stops being master (EventStore's
 * {@code PersistentSubscriptionService}), before its connections close, or with them left open;
 * the group lives on, on the next master, so the consumer connects to it again
 * ({@link #resubscribe}): on this connection if it stays (a node no longer master answers
 * NotMaster, and the consumer follows it to the master), else after the reconnect. A group
 * deleted meanwhile answers that connect with NotFound, and the consumer ends as deleted.
 */
final class LiveSubscriptions {
    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final Map<UUID, SubscribeOperation> live = new HashMap<>();
    private final ProtocolCodec codec;
    private final String name;
    private final Consumer<SubscribeOperation> resubscribe;

    /**
     * @param name        the connection name, for logs
     * @param resubscribe sends a consumer's connect again, now if it can: one the server let go unasked
     */
    LiveSubscriptions(ProtocolCodec codec, String name, Consumer<SubscribeOperation> resubscribe) {
        this.codec = codec;
        this.name = name;
        this.resubscribe = resubscribe;
    }

    /** Handles a frame for a confirmed subscription; false when {@code id} is none of ours. */
    boolean route(UUID id, Frame frame) {
        SubscribeOperation subscription = live.get(id);
        if (subscription == null) {
            return false;
        }
        Message message = decode(frame, subscription);
        if (message instanceof StreamEventAppeared appeared) {
            subscription.feed.event(appeared.event());
        } else if (message instanceof PersistentSubscriptionStreamEventAppeared pushed
                && subscription.feed instanceof PersistentFeed persistent) {
            persistent.persistentEvent(pushed.event(), pushed.retryCount() == null ? 0 : pushed.retryCount());
        } else if (message instanceof SubscriptionDropped drop) {
            live.remove(id);
            DropReason reason = reason(drop.reason());
            if (reason == DropReason.UNSUBSCRIBED && !subscription.cancelled
                    && subscription.feed instanceof PersistentFeed && subscription.feed.resumesAfterReconnect()) {
                log.info("[{}] the server let the {} go unasked (its node shutting down or no longer master);"
                        + " connecting it to its group again", name, subscription.describe());
                resuming(subscription);
                resubscribe.accept(subscription);
            } else {
                subscription.feed.dropped(reason, reason == DropReason.UNSUBSCRIBED ? null : droppedBy(subscription, reason));
            }
        }
        return true;
    }

    /** {@code subscription} waits to be sent again, as long as the client tries, with the settings' timeout. */
    private static void resuming(SubscribeOperation subscription) {
        subscription.resuming = true;
        subscription.attempts = 0;
        // The call's deadline bounded its first confirmation; a resubscription has the settings' timeout.
        subscription.limits = CallLimits.NONE;
    }

    /** A group deleted under its consumers gets a type of its own: reconnecting to it cannot work. */
    private static ExtremeException droppedBy(SubscribeOperation subscription, DropReason reason) {
        String text = "The server dropped the " + subscription.describe() + ": " + reason;
        return reason == DropReason.PERSISTENT_SUBSCRIPTION_DELETED ? new PersistentSubscriptionDeletedException(text)
                : new ExtremeException(text);
    }

    /**
     * The first answer to a subscribe request: a confirmation makes it live; anything else ends it.
     *
     * @param send sends a frame on the current connection (to unsubscribe one closed meanwhile)
     */
    void answered(SubscribeOperation subscription, Frame frame, Consumer<Frame> send) {
        Message message = decode(frame, subscription);
        if (message instanceof SubscriptionConfirmation confirmation) {
            subscription.resuming = false;
            live.put(frame.correlationId(), subscription);
            long last = confirmation.lastEventNumber() == null ? -1 : confirmation.lastEventNumber();
            subscription.feed.confirmed(confirmation.lastCommitPosition(), last);
            if (subscription.cancelled) {
                send.accept(unsubscribeFrame(subscription));
            }
        } else if (message instanceof PersistentSubscriptionConfirmation confirmation
                && subscription.feed instanceof PersistentFeed persistent) {
            subscription.resuming = false;
            live.put(frame.correlationId(), subscription);
            long last = confirmation.lastEventNumber() == null ? -1 : confirmation.lastEventNumber();
            persistent.persistentConfirmed(confirmation.subscriptionId(), confirmation.lastCommitPosition(), last);
            if (subscription.cancelled) {
                send.accept(unsubscribeFrame(subscription));
            }
        } else if (message instanceof SubscriptionDropped drop) {
            DropReason reason = reason(drop.reason());
            if (reason == DropReason.NOT_FOUND && subscription.resuming && subscription.feed instanceof PersistentFeed) {
                // It was connected to its group before: gone now, the group was deleted meanwhile.
                reason = DropReason.PERSISTENT_SUBSCRIPTION_DELETED;
                subscription.feed.dropped(reason, droppedBy(subscription, reason));
                return;
            }
            subscription.feed.dropped(reason, reason == DropReason.ACCESS_DENIED
                    ? new AccessDeniedException("Access denied to the " + subscription.describe() + ".")
                    : new ExtremeException("The server refused the " + subscription.describe() + ": " + reason));
        } else if (message instanceof BadRequest bad) {
            subscription.feed.dropped(DropReason.SERVER_ERROR,
                    new BadRequestException("Bad request in " + subscription.describe() + ": " + bad.reason()));
        } else if (message instanceof NotAuthenticated refused) {
            subscription.feed.dropped(DropReason.SERVER_ERROR,
                    new NotAuthenticatedException("Not authenticated for " + subscription.describe() + ": " + refused.reason()));
        } else if (message != null) {
            subscription.feed.dropped(DropReason.SERVER_ERROR,
                    new ExtremeException("Unexpected answer to the " + subscription.describe() + ": " + frame.commandName()));
        }
    }

    /** Asks the server to end {@code subscription}; true when it was live here (the server will answer). */
    boolean unsubscribe(SubscribeOperation subscription, Consumer<Frame> send) {
        if (subscription.correlationId == null || !live.containsKey(subscription.correlationId)) {
            return false;
        }
        send.accept(unsubscribeFrame(subscription));
        return true;
    }

    /**
     * Marks {@code subscription} cancelled and asks the server to end it; false when the server
     * will not answer (not sent, or no connection), so the caller ends it at once.
     */
    boolean cancel(SubscribeOperation subscription, TransportConnection connection, OperationTable operations) {
        subscription.cancelled = true;
        if (connection == null) {
            return false;
        }
        if (unsubscribe(subscription, connection::send)) {
            return true; // the server answers with SubscriptionDropped(Unsubscribed)
        }
        // Sent but not confirmed yet: it is unsubscribed as soon as it is.
        return subscription.correlationId != null && operations.isSent(subscription.correlationId);
    }

    /** Sends {@code message} under a live subscription's id (acks, naks); nothing when it is not live. */
    void send(SubscribeOperation subscription, Message message, TransportConnection connection) {
        if (connection != null && isLive(subscription)) {
            connection.send(codec.encode(subscription.correlationId, subscription.credentials, message));
        }
    }

    /** Whether {@code subscription} is confirmed and live on the current connection. */
    boolean isLive(SubscribeOperation subscription) {
        return subscription.correlationId != null && live.get(subscription.correlationId) == subscription;
    }

    /**
     * The connection is gone: ends the live subscriptions, except those that resume after a
     * reconnect, which are returned to be sent again.
     */
    List<SubscribeOperation> connectionLost(Throwable cause) {
        List<SubscribeOperation> resume = new ArrayList<>();
        for (SubscribeOperation subscription : live.values()) {
            if (subscription.feed.resumesAfterReconnect() && !subscription.cancelled) {
                resuming(subscription);
                resume.add(subscription);
            }
        }
        live.values().removeAll(resume);
        dropAll(cause);
        return resume;
    }

    /** Ends every live subscription: the connection is gone. */
    void dropAll(Throwable cause) {
        ConnectionClosedException closed = cause instanceof ConnectionClosedException c ? c
                : new ConnectionLostException("The connection closed.", cause);
        for (SubscribeOperation subscription : new ArrayList<>(live.values())) {
            subscription.feed.dropped(DropReason.CONNECTION_CLOSED, closed);
        }
        live.clear();
    }

    private Frame unsubscribeFrame(SubscribeOperation subscription) {
        return codec.encode(subscription.correlationId, subscription.credentials, new UnsubscribeFromStream());
    }

    /** The message in {@code frame}; a frame that does not decode costs the connection (the engine's call). */
    private Message decode(Frame frame, SubscribeOperation subscription) {
        return codec.decode(frame);
    }

    static DropReason reason(SubscriptionDropReason reason) {
        if (reason == null) {
            return DropReason.UNSUBSCRIBED;
        }
        return switch (reason) {
            case UNSUBSCRIBED -> DropReason.UNSUBSCRIBED;
            case ACCESS_DENIED -> DropReason.ACCESS_DENIED;
            case NOT_FOUND -> DropReason.NOT_FOUND;
            case PERSISTENT_SUBSCRIPTION_DELETED -> DropReason.PERSISTENT_SUBSCRIPTION_DELETED;
            case SUBSCRIBER_MAX_COUNT_REACHED -> DropReason.SUBSCRIBER_MAX_COUNT_REACHED;
        };
    }
}
