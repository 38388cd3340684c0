package io.extreme.protocol.core;

import static io.extreme.spi.TcpCommand.*;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.spi.message.Authenticate;
import io.extreme.spi.message.Authenticated;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.HeartbeatRequest;
import io.extreme.spi.message.HeartbeatResponse;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.Ping;
import io.extreme.spi.message.Pong;
import io.extreme.spi.message.RawMessage;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ScavengeDatabase;
import io.extreme.spi.message.UnsubscribeFromStream;

/**
 * Picks the payload decoder of a command: one {@code switch}, no lookup table. Commands of
 * empty payloads decode to shared instances and ignore any bytes, as the server does; unknown
 * commands come back as {@link RawMessage}; so do IdentifyClient and ClientIdentified under a
 * dialect without the handshake (v3: a 3.9.3 server answers IdentifyClient with BadRequest).
 */
final class Decoder {
    private static final HeartbeatRequest HEARTBEAT_REQUEST_MESSAGE = new HeartbeatRequest();
    private static final HeartbeatResponse HEARTBEAT_RESPONSE_MESSAGE = new HeartbeatResponse();
    private static final UnsubscribeFromStream UNSUBSCRIBE_MESSAGE = new UnsubscribeFromStream();
    private static final ScavengeDatabase SCAVENGE_MESSAGE = new ScavengeDatabase();
    private static final Authenticate AUTHENTICATE_MESSAGE = new Authenticate();
    private static final Authenticated AUTHENTICATED_MESSAGE = new Authenticated();
    private static final ClientIdentified CLIENT_IDENTIFIED_MESSAGE = new ClientIdentified();

    private final boolean handshake;
    private final WritesDecoder writes;
    private final ReadsDecoder reads;
    private final SubscriptionsDecoder subscriptions;
    private final PersistentDecoder persistent;
    private final ControlDecoder control;

    Decoder(Dialect dialect) {
        EventShapes shapes = new EventShapes(dialect);
        EventPages pages = new EventPages(dialect);
        this.handshake = dialect.has(Feature.IDENTIFY_CLIENT);
        this.writes = new WritesDecoder(dialect, shapes);
        this.reads = new ReadsDecoder(dialect, shapes, pages);
        this.subscriptions = new SubscriptionsDecoder(dialect, shapes, pages);
        this.persistent = new PersistentDecoder(dialect, shapes, pages);
        this.control = new ControlDecoder(dialect);
    }

    Message decode(int command, byte[] p) throws InvalidProtocolBufferException {
        return switch (command) {
            case WRITE_EVENTS -> writes.writeEvents(p);
            case WRITE_EVENTS_COMPLETED -> writes.writeEventsCompleted(p);
            case TRANSACTION_START -> writes.transactionStart(p);
            case TRANSACTION_START_COMPLETED -> writes.transactionStartCompleted(p);
            case TRANSACTION_WRITE -> writes.transactionWrite(p);
            case TRANSACTION_WRITE_COMPLETED -> writes.transactionWriteCompleted(p);
            case TRANSACTION_COMMIT -> writes.transactionCommit(p);
            case TRANSACTION_COMMIT_COMPLETED -> writes.transactionCommitCompleted(p);
            case DELETE_STREAM -> writes.deleteStream(p);
            case DELETE_STREAM_COMPLETED -> writes.deleteStreamCompleted(p);

            case READ_EVENT -> reads.readEvent(p);
            case READ_EVENT_COMPLETED -> reads.readEventCompleted(p);
            case READ_STREAM_EVENTS_FORWARD -> reads.readStreamEvents(ReadDirection.FORWARD, p);
            case READ_STREAM_EVENTS_FORWARD_COMPLETED -> reads.readStreamEventsCompleted(ReadDirection.FORWARD, p);
            case READ_STREAM_EVENTS_BACKWARD -> reads.readStreamEvents(ReadDirection.BACKWARD, p);
            case READ_STREAM_EVENTS_BACKWARD_COMPLETED -> reads.readStreamEventsCompleted(ReadDirection.BACKWARD, p);
            case READ_ALL_EVENTS_FORWARD -> reads.readAllEvents(ReadDirection.FORWARD, p);
            case READ_ALL_EVENTS_FORWARD_COMPLETED -> reads.readAllEventsCompleted(ReadDirection.FORWARD, p);
            case READ_ALL_EVENTS_BACKWARD -> reads.readAllEvents(ReadDirection.BACKWARD, p);
            case READ_ALL_EVENTS_BACKWARD_COMPLETED -> reads.readAllEventsCompleted(ReadDirection.BACKWARD, p);

            case SUBSCRIBE_TO_STREAM -> subscriptions.subscribeToStream(p);
            case SUBSCRIPTION_CONFIRMATION -> subscriptions.subscriptionConfirmation(p);
            case STREAM_EVENT_APPEARED -> subscriptions.streamEventAppeared(p);
            case UNSUBSCRIBE_FROM_STREAM -> UNSUBSCRIBE_MESSAGE;
            case SUBSCRIPTION_DROPPED -> subscriptions.subscriptionDropped(p);

            case CONNECT_TO_PERSISTENT_SUBSCRIPTION -> persistent.connect(p);
            case PERSISTENT_SUBSCRIPTION_CONFIRMATION -> persistent.confirmation(p);
            case PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED -> persistent.eventAppeared(p);
            case CREATE_PERSISTENT_SUBSCRIPTION -> persistent.create(p);
            case CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED -> persistent.createCompleted(p);
            case DELETE_PERSISTENT_SUBSCRIPTION -> persistent.delete(p);
            case DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED -> persistent.deleteCompleted(p);
            case PERSISTENT_SUBSCRIPTION_ACK_EVENTS -> persistent.ack(p);
            case PERSISTENT_SUBSCRIPTION_NAK_EVENTS -> persistent.nak(p);
            case UPDATE_PERSISTENT_SUBSCRIPTION -> persistent.update(p);
            case UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED -> persistent.updateCompleted(p);

            case HEARTBEAT_REQUEST -> HEARTBEAT_REQUEST_MESSAGE;
            case HEARTBEAT_RESPONSE -> HEARTBEAT_RESPONSE_MESSAGE;
            // The frame owns its payload and nobody writes to it: Ping and Pong share it.
            case PING -> new Ping(p);
            case PONG -> new Pong(p);
            case SCAVENGE_DATABASE -> SCAVENGE_MESSAGE;
            case SCAVENGE_DATABASE_COMPLETED -> ControlDecoder.scavengeDatabaseCompleted(p);
            case BAD_REQUEST -> new BadRequest(ControlDecoder.text(p));
            case NOT_HANDLED -> control.notHandled(p);
            case AUTHENTICATE -> AUTHENTICATE_MESSAGE;
            case AUTHENTICATED -> AUTHENTICATED_MESSAGE;
            case NOT_AUTHENTICATED -> new NotAuthenticated(ControlDecoder.text(p));
            case IDENTIFY_CLIENT -> handshake ? ControlDecoder.identifyClient(p) : new RawMessage(command, p);
            case CLIENT_IDENTIFIED -> handshake ? CLIENT_IDENTIFIED_MESSAGE : new RawMessage(command, p);
            default -> new RawMessage(command, p);
        };
    }
}
