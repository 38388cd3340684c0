package io.extreme.protocol.v3;

import static io.extreme.spi.TcpCommand.*;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.message.*;
import java.util.UUID;

/**
 * Picks the command byte and the payload encoder of a message: one {@code instanceof} test per
 * record, the most frequent first (appends, reads, pushes and their replies), no lookup table.
 * The same commands as protocol v4 but IdentifyClient and ClientIdentified, which v3 lacks.
 */
final class V3Encoder {
    private V3Encoder() {
    }

    static Frame encode(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof WriteEvents m) {
            return Frame.of(WRITE_EVENTS, id, credentials, WritesEncoder.writeEvents(m));
        }
        if (message instanceof WriteEventsCompleted m) {
            return Frame.of(WRITE_EVENTS_COMPLETED, id, credentials, WritesEncoder.writeEventsCompleted(m));
        }
        if (message instanceof ReadStreamEvents m) {
            int command = backward(m.direction()) ? READ_STREAM_EVENTS_BACKWARD : READ_STREAM_EVENTS_FORWARD;
            return Frame.of(command, id, credentials, ReadsEncoder.readStreamEvents(m));
        }
        if (message instanceof ReadStreamEventsCompleted m) {
            int command = backward(m.direction())
                    ? READ_STREAM_EVENTS_BACKWARD_COMPLETED : READ_STREAM_EVENTS_FORWARD_COMPLETED;
            return Frame.of(command, id, credentials, ReadsEncoder.readStreamEventsCompleted(m));
        }
        if (message instanceof StreamEventAppeared m) {
            return Frame.of(STREAM_EVENT_APPEARED, id, credentials, SubscriptionsEncoder.streamEventAppeared(m));
        }
        if (message instanceof PersistentSubscriptionStreamEventAppeared m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, id, credentials, PersistentEncoder.eventAppeared(m));
        }
        if (message instanceof PersistentSubscriptionAckEvents m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_ACK_EVENTS, id, credentials, PersistentEncoder.ack(m));
        }
        if (message instanceof ReadEvent m) {
            return Frame.of(READ_EVENT, id, credentials, ReadsEncoder.readEvent(m));
        }
        if (message instanceof ReadEventCompleted m) {
            return Frame.of(READ_EVENT_COMPLETED, id, credentials, ReadsEncoder.readEventCompleted(m));
        }
        if (message instanceof ReadAllEvents m) {
            int command = backward(m.direction()) ? READ_ALL_EVENTS_BACKWARD : READ_ALL_EVENTS_FORWARD;
            return Frame.of(command, id, credentials, ReadsEncoder.readAllEvents(m));
        }
        if (message instanceof ReadAllEventsCompleted m) {
            int command = backward(m.direction())
                    ? READ_ALL_EVENTS_BACKWARD_COMPLETED : READ_ALL_EVENTS_FORWARD_COMPLETED;
            return Frame.of(command, id, credentials, ReadsEncoder.readAllEventsCompleted(m));
        }
        if (message instanceof HeartbeatRequest) {
            return Frame.of(HEARTBEAT_REQUEST, id, credentials, V3Codec.EMPTY);
        }
        if (message instanceof HeartbeatResponse) {
            return Frame.of(HEARTBEAT_RESPONSE, id, credentials, V3Codec.EMPTY);
        }
        return encodeLessFrequent(id, credentials, message);
    }

    private static Frame encodeLessFrequent(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof PersistentSubscriptionNakEvents m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_NAK_EVENTS, id, credentials, PersistentEncoder.nak(m));
        }
        if (message instanceof SubscribeToStream m) {
            return Frame.of(SUBSCRIBE_TO_STREAM, id, credentials, SubscriptionsEncoder.subscribeToStream(m));
        }
        if (message instanceof SubscriptionConfirmation m) {
            return Frame.of(SUBSCRIPTION_CONFIRMATION, id, credentials, SubscriptionsEncoder.subscriptionConfirmation(m));
        }
        if (message instanceof UnsubscribeFromStream) {
            return Frame.of(UNSUBSCRIBE_FROM_STREAM, id, credentials, V3Codec.EMPTY);
        }
        if (message instanceof SubscriptionDropped m) {
            return Frame.of(SUBSCRIPTION_DROPPED, id, credentials, SubscriptionsEncoder.subscriptionDropped(m));
        }
        if (message instanceof ConnectToPersistentSubscription m) {
            return Frame.of(CONNECT_TO_PERSISTENT_SUBSCRIPTION, id, credentials, PersistentEncoder.connect(m));
        }
        if (message instanceof PersistentSubscriptionConfirmation m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_CONFIRMATION, id, credentials, PersistentEncoder.confirmation(m));
        }
        if (message instanceof DeleteStream m) {
            return Frame.of(DELETE_STREAM, id, credentials, WritesEncoder.deleteStream(m));
        }
        if (message instanceof DeleteStreamCompleted m) {
            return Frame.of(DELETE_STREAM_COMPLETED, id, credentials, WritesEncoder.deleteStreamCompleted(m));
        }
        if (message instanceof TransactionStart m) {
            return Frame.of(TRANSACTION_START, id, credentials, WritesEncoder.transactionStart(m));
        }
        if (message instanceof TransactionStartCompleted m) {
            return Frame.of(TRANSACTION_START_COMPLETED, id, credentials, WritesEncoder.transactionStartCompleted(m));
        }
        if (message instanceof TransactionWrite m) {
            return Frame.of(TRANSACTION_WRITE, id, credentials, WritesEncoder.transactionWrite(m));
        }
        if (message instanceof TransactionWriteCompleted m) {
            return Frame.of(TRANSACTION_WRITE_COMPLETED, id, credentials, WritesEncoder.transactionWriteCompleted(m));
        }
        if (message instanceof TransactionCommit m) {
            return Frame.of(TRANSACTION_COMMIT, id, credentials, WritesEncoder.transactionCommit(m));
        }
        if (message instanceof TransactionCommitCompleted m) {
            return Frame.of(TRANSACTION_COMMIT_COMPLETED, id, credentials, WritesEncoder.transactionCommitCompleted(m));
        }
        return encodeControl(id, credentials, message);
    }

    private static Frame encodeControl(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof Ping m) {
            return Frame.of(PING, id, credentials, m.payload());
        }
        if (message instanceof Pong m) {
            return Frame.of(PONG, id, credentials, m.payload());
        }
        // Both came with the 64-bit schema in 3.9.4: a v3 server cannot take them (PROTOCOL.md §12).
        if (message instanceof IdentifyClient) {
            throw new IllegalArgumentException(
                    "protocol v3 has no IdentifyClient; EventStore 3.9.3 and older answer it with BadRequest");
        }
        if (message instanceof ClientIdentified) {
            throw new IllegalArgumentException(
                    "protocol v3 has no ClientIdentified; EventStore 3.9.3 and older answer IdentifyClient with BadRequest");
        }
        if (message instanceof Authenticate) {
            return Frame.of(AUTHENTICATE, id, credentials, V3Codec.EMPTY);
        }
        if (message instanceof Authenticated) {
            return Frame.of(AUTHENTICATED, id, credentials, V3Codec.EMPTY);
        }
        if (message instanceof NotAuthenticated m) {
            return Frame.of(NOT_AUTHENTICATED, id, credentials, ControlEncoder.text(m.reason()));
        }
        if (message instanceof BadRequest m) {
            return Frame.of(BAD_REQUEST, id, credentials, ControlEncoder.text(m.reason()));
        }
        if (message instanceof NotHandled m) {
            return Frame.of(NOT_HANDLED, id, credentials, ControlEncoder.notHandled(m));
        }
        if (message instanceof RawMessage m) {
            return Frame.of(m.command(), id, credentials, m.payload());
        }
        return encodePersistentManagement(id, credentials, message);
    }

    private static Frame encodePersistentManagement(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof CreatePersistentSubscription m) {
            return Frame.of(CREATE_PERSISTENT_SUBSCRIPTION, id, credentials, PersistentEncoder.create(m));
        }
        if (message instanceof CreatePersistentSubscriptionCompleted m) {
            return Frame.of(CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED, id, credentials, PersistentEncoder.createCompleted(m));
        }
        if (message instanceof UpdatePersistentSubscription m) {
            return Frame.of(UPDATE_PERSISTENT_SUBSCRIPTION, id, credentials, PersistentEncoder.update(m));
        }
        if (message instanceof UpdatePersistentSubscriptionCompleted m) {
            return Frame.of(UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED, id, credentials, PersistentEncoder.updateCompleted(m));
        }
        if (message instanceof DeletePersistentSubscription m) {
            return Frame.of(DELETE_PERSISTENT_SUBSCRIPTION, id, credentials, PersistentEncoder.delete(m));
        }
        if (message instanceof DeletePersistentSubscriptionCompleted m) {
            return Frame.of(DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED, id, credentials, PersistentEncoder.deleteCompleted(m));
        }
        if (message instanceof ScavengeDatabase) {
            return Frame.of(SCAVENGE_DATABASE, id, credentials, V3Codec.EMPTY);
        }
        if (message instanceof ScavengeDatabaseCompleted m) {
            return Frame.of(SCAVENGE_DATABASE_COMPLETED, id, credentials, ControlEncoder.scavengeDatabaseCompleted(m));
        }
        throw new IllegalArgumentException("protocol v3 has no command for " + message.getClass().getName());
    }

    private static boolean backward(ReadDirection direction) {
        return switch (direction) {
            case FORWARD -> false;
            case BACKWARD -> true;
        };
    }
}
