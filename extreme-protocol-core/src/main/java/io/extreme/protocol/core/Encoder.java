package io.extreme.protocol.core;

import static io.extreme.spi.TcpCommand.*;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.message.*;
import java.util.UUID;

/**
 * Picks the command byte and the payload encoder of a message: one {@code instanceof} test per
 * record, the most frequent first (appends, reads, pushes and their replies), no lookup table.
 * The same commands under both dialects, but that one without the handshake (v3) refuses
 * IdentifyClient and ClientIdentified.
 */
final class Encoder {
    private final Dialect dialect;
    private final WritesEncoder writes;
    private final ReadsEncoder reads;
    private final SubscriptionsEncoder subscriptions;
    private final PersistentEncoder persistent;
    private final ControlEncoder control;

    Encoder(Dialect dialect) {
        EventShapes shapes = new EventShapes(dialect);
        this.dialect = dialect;
        this.writes = new WritesEncoder(dialect, shapes);
        this.reads = new ReadsEncoder(dialect, shapes);
        this.subscriptions = new SubscriptionsEncoder(dialect, shapes);
        this.persistent = new PersistentEncoder(dialect, shapes);
        this.control = new ControlEncoder(dialect);
    }

    Frame encode(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof WriteEvents m) {
            return Frame.of(WRITE_EVENTS, id, credentials, writes.writeEvents(m));
        }
        if (message instanceof WriteEventsCompleted m) {
            return Frame.of(WRITE_EVENTS_COMPLETED, id, credentials, writes.writeEventsCompleted(m));
        }
        if (message instanceof ReadStreamEvents m) {
            int command = backward(m.direction()) ? READ_STREAM_EVENTS_BACKWARD : READ_STREAM_EVENTS_FORWARD;
            return Frame.of(command, id, credentials, reads.readStreamEvents(m));
        }
        if (message instanceof ReadStreamEventsCompleted m) {
            int command = backward(m.direction())
                    ? READ_STREAM_EVENTS_BACKWARD_COMPLETED : READ_STREAM_EVENTS_FORWARD_COMPLETED;
            return Frame.of(command, id, credentials, reads.readStreamEventsCompleted(m));
        }
        if (message instanceof StreamEventAppeared m) {
            return Frame.of(STREAM_EVENT_APPEARED, id, credentials, subscriptions.streamEventAppeared(m));
        }
        if (message instanceof PersistentSubscriptionStreamEventAppeared m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, id, credentials, persistent.eventAppeared(m));
        }
        if (message instanceof PersistentSubscriptionAckEvents m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_ACK_EVENTS, id, credentials, persistent.ack(m));
        }
        if (message instanceof ReadEvent m) {
            return Frame.of(READ_EVENT, id, credentials, reads.readEvent(m));
        }
        if (message instanceof ReadEventCompleted m) {
            return Frame.of(READ_EVENT_COMPLETED, id, credentials, reads.readEventCompleted(m));
        }
        if (message instanceof ReadAllEvents m) {
            int command = backward(m.direction()) ? READ_ALL_EVENTS_BACKWARD : READ_ALL_EVENTS_FORWARD;
            return Frame.of(command, id, credentials, reads.readAllEvents(m));
        }
        if (message instanceof ReadAllEventsCompleted m) {
            int command = backward(m.direction())
                    ? READ_ALL_EVENTS_BACKWARD_COMPLETED : READ_ALL_EVENTS_FORWARD_COMPLETED;
            return Frame.of(command, id, credentials, reads.readAllEventsCompleted(m));
        }
        if (message instanceof HeartbeatRequest) {
            return Frame.of(HEARTBEAT_REQUEST, id, credentials, Wire.EMPTY);
        }
        if (message instanceof HeartbeatResponse) {
            return Frame.of(HEARTBEAT_RESPONSE, id, credentials, Wire.EMPTY);
        }
        return encodeLessFrequent(id, credentials, message);
    }

    private Frame encodeLessFrequent(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof PersistentSubscriptionNakEvents m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_NAK_EVENTS, id, credentials, persistent.nak(m));
        }
        if (message instanceof SubscribeToStream m) {
            return Frame.of(SUBSCRIBE_TO_STREAM, id, credentials, subscriptions.subscribeToStream(m));
        }
        if (message instanceof SubscriptionConfirmation m) {
            return Frame.of(SUBSCRIPTION_CONFIRMATION, id, credentials, subscriptions.subscriptionConfirmation(m));
        }
        if (message instanceof UnsubscribeFromStream) {
            return Frame.of(UNSUBSCRIBE_FROM_STREAM, id, credentials, Wire.EMPTY);
        }
        if (message instanceof SubscriptionDropped m) {
            return Frame.of(SUBSCRIPTION_DROPPED, id, credentials, subscriptions.subscriptionDropped(m));
        }
        if (message instanceof ConnectToPersistentSubscription m) {
            return Frame.of(CONNECT_TO_PERSISTENT_SUBSCRIPTION, id, credentials, persistent.connect(m));
        }
        if (message instanceof PersistentSubscriptionConfirmation m) {
            return Frame.of(PERSISTENT_SUBSCRIPTION_CONFIRMATION, id, credentials, persistent.confirmation(m));
        }
        if (message instanceof DeleteStream m) {
            return Frame.of(DELETE_STREAM, id, credentials, writes.deleteStream(m));
        }
        if (message instanceof DeleteStreamCompleted m) {
            return Frame.of(DELETE_STREAM_COMPLETED, id, credentials, writes.deleteStreamCompleted(m));
        }
        if (message instanceof TransactionStart m) {
            return Frame.of(TRANSACTION_START, id, credentials, writes.transactionStart(m));
        }
        if (message instanceof TransactionStartCompleted m) {
            return Frame.of(TRANSACTION_START_COMPLETED, id, credentials, writes.transactionStartCompleted(m));
        }
        if (message instanceof TransactionWrite m) {
            return Frame.of(TRANSACTION_WRITE, id, credentials, writes.transactionWrite(m));
        }
        if (message instanceof TransactionWriteCompleted m) {
            return Frame.of(TRANSACTION_WRITE_COMPLETED, id, credentials, writes.transactionWriteCompleted(m));
        }
        if (message instanceof TransactionCommit m) {
            return Frame.of(TRANSACTION_COMMIT, id, credentials, writes.transactionCommit(m));
        }
        if (message instanceof TransactionCommitCompleted m) {
            return Frame.of(TRANSACTION_COMMIT_COMPLETED, id, credentials, writes.transactionCommitCompleted(m));
        }
        return encodeControl(id, credentials, message);
    }

    private Frame encodeControl(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof Ping m) {
            return Frame.of(PING, id, credentials, m.payload());
        }
        if (message instanceof Pong m) {
            return Frame.of(PONG, id, credentials, m.payload());
        }
        if (message instanceof IdentifyClient m) {
            requireHandshake("IdentifyClient; EventStore 3.9.3 and older answer it with BadRequest");
            return Frame.of(IDENTIFY_CLIENT, id, credentials, ControlEncoder.identifyClient(m));
        }
        if (message instanceof ClientIdentified) {
            requireHandshake("ClientIdentified; EventStore 3.9.3 and older answer IdentifyClient with BadRequest");
            return Frame.of(CLIENT_IDENTIFIED, id, credentials, Wire.EMPTY);
        }
        if (message instanceof Authenticate) {
            return Frame.of(AUTHENTICATE, id, credentials, Wire.EMPTY);
        }
        if (message instanceof Authenticated) {
            return Frame.of(AUTHENTICATED, id, credentials, Wire.EMPTY);
        }
        if (message instanceof NotAuthenticated m) {
            return Frame.of(NOT_AUTHENTICATED, id, credentials, ControlEncoder.text(m.reason()));
        }
        if (message instanceof BadRequest m) {
            return Frame.of(BAD_REQUEST, id, credentials, ControlEncoder.text(m.reason()));
        }
        if (message instanceof NotHandled m) {
            return Frame.of(NOT_HANDLED, id, credentials, control.notHandled(m));
        }
        if (message instanceof RawMessage m) {
            return Frame.of(m.command(), id, credentials, m.payload());
        }
        return encodePersistentManagement(id, credentials, message);
    }

    private Frame encodePersistentManagement(UUID id, UserCredentials credentials, Message message) {
        if (message instanceof CreatePersistentSubscription m) {
            return Frame.of(CREATE_PERSISTENT_SUBSCRIPTION, id, credentials, persistent.create(m));
        }
        if (message instanceof CreatePersistentSubscriptionCompleted m) {
            return Frame.of(CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED, id, credentials, persistent.createCompleted(m));
        }
        if (message instanceof UpdatePersistentSubscription m) {
            return Frame.of(UPDATE_PERSISTENT_SUBSCRIPTION, id, credentials, persistent.update(m));
        }
        if (message instanceof UpdatePersistentSubscriptionCompleted m) {
            return Frame.of(UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED, id, credentials, persistent.updateCompleted(m));
        }
        if (message instanceof DeletePersistentSubscription m) {
            return Frame.of(DELETE_PERSISTENT_SUBSCRIPTION, id, credentials, persistent.delete(m));
        }
        if (message instanceof DeletePersistentSubscriptionCompleted m) {
            return Frame.of(DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED, id, credentials, persistent.deleteCompleted(m));
        }
        if (message instanceof ScavengeDatabase) {
            return Frame.of(SCAVENGE_DATABASE, id, credentials, Wire.EMPTY);
        }
        if (message instanceof ScavengeDatabaseCompleted m) {
            return Frame.of(SCAVENGE_DATABASE_COMPLETED, id, credentials, ControlEncoder.scavengeDatabaseCompleted(m));
        }
        throw new IllegalArgumentException(dialect + " has no command for " + message.getClass().getName());
    }

    /** Both came with the 64-bit schema in 3.9.4: a v3 server cannot take them (PROTOCOL.md §12). */
    private void requireHandshake(String what) {
        if (!dialect.has(Feature.IDENTIFY_CLIENT)) {
            throw new IllegalArgumentException(dialect + " has no " + what);
        }
    }

    private static boolean backward(ReadDirection direction) {
        return switch (direction) {
            case FORWARD -> false;
            case BACKWARD -> true;
        };
    }
}
