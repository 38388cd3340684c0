package io.extreme.protocol.v3;

import static io.extreme.spi.TcpCommand.*;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.spi.message.Authenticate;
import io.extreme.spi.message.Authenticated;
import io.extreme.spi.message.BadRequest;
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
 * commands come back as {@link RawMessage}; so do IdentifyClient and ClientIdentified, which
 * protocol v3 does not have (a 3.9.3 server answers IdentifyClient with BadRequest).
 */
final class V3Decoder {
    private static final HeartbeatRequest HEARTBEAT_REQUEST_MESSAGE = new HeartbeatRequest();
    private static final HeartbeatResponse HEARTBEAT_RESPONSE_MESSAGE = new HeartbeatResponse();
    private static final UnsubscribeFromStream UNSUBSCRIBE_MESSAGE = new UnsubscribeFromStream();
    private static final ScavengeDatabase SCAVENGE_MESSAGE = new ScavengeDatabase();
    private static final Authenticate AUTHENTICATE_MESSAGE = new Authenticate();
    private static final Authenticated AUTHENTICATED_MESSAGE = new Authenticated();

    private V3Decoder() {
    }

    static Message decode(int command, byte[] p) throws InvalidProtocolBufferException {
        return switch (command) {
            case WRITE_EVENTS -> WritesDecoder.writeEvents(p);
            case WRITE_EVENTS_COMPLETED -> WritesDecoder.writeEventsCompleted(p);
            case TRANSACTION_START -> WritesDecoder.transactionStart(p);
            case TRANSACTION_START_COMPLETED -> WritesDecoder.transactionStartCompleted(p);
            case TRANSACTION_WRITE -> WritesDecoder.transactionWrite(p);
            case TRANSACTION_WRITE_COMPLETED -> WritesDecoder.transactionWriteCompleted(p);
            case TRANSACTION_COMMIT -> WritesDecoder.transactionCommit(p);
            case TRANSACTION_COMMIT_COMPLETED -> WritesDecoder.transactionCommitCompleted(p);
            case DELETE_STREAM -> WritesDecoder.deleteStream(p);
            case DELETE_STREAM_COMPLETED -> WritesDecoder.deleteStreamCompleted(p);

            case READ_EVENT -> ReadsDecoder.readEvent(p);
            case READ_EVENT_COMPLETED -> ReadsDecoder.readEventCompleted(p);
            case READ_STREAM_EVENTS_FORWARD -> ReadsDecoder.readStreamEvents(ReadDirection.FORWARD, p);
            case READ_STREAM_EVENTS_FORWARD_COMPLETED -> ReadsDecoder.readStreamEventsCompleted(ReadDirection.FORWARD, p);
            case READ_STREAM_EVENTS_BACKWARD -> ReadsDecoder.readStreamEvents(ReadDirection.BACKWARD, p);
            case READ_STREAM_EVENTS_BACKWARD_COMPLETED -> ReadsDecoder.readStreamEventsCompleted(ReadDirection.BACKWARD, p);
            case READ_ALL_EVENTS_FORWARD -> ReadsDecoder.readAllEvents(ReadDirection.FORWARD, p);
            case READ_ALL_EVENTS_FORWARD_COMPLETED -> ReadsDecoder.readAllEventsCompleted(ReadDirection.FORWARD, p);
            case READ_ALL_EVENTS_BACKWARD -> ReadsDecoder.readAllEvents(ReadDirection.BACKWARD, p);
            case READ_ALL_EVENTS_BACKWARD_COMPLETED -> ReadsDecoder.readAllEventsCompleted(ReadDirection.BACKWARD, p);

            case SUBSCRIBE_TO_STREAM -> SubscriptionsDecoder.subscribeToStream(p);
            case SUBSCRIPTION_CONFIRMATION -> SubscriptionsDecoder.subscriptionConfirmation(p);
            case STREAM_EVENT_APPEARED -> SubscriptionsDecoder.streamEventAppeared(p);
            case UNSUBSCRIBE_FROM_STREAM -> UNSUBSCRIBE_MESSAGE;
            case SUBSCRIPTION_DROPPED -> SubscriptionsDecoder.subscriptionDropped(p);

            case CONNECT_TO_PERSISTENT_SUBSCRIPTION -> PersistentDecoder.connect(p);
            case PERSISTENT_SUBSCRIPTION_CONFIRMATION -> PersistentDecoder.confirmation(p);
            case PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED -> PersistentDecoder.eventAppeared(p);
            case CREATE_PERSISTENT_SUBSCRIPTION -> PersistentDecoder.create(p);
            case CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED -> PersistentDecoder.createCompleted(p);
            case DELETE_PERSISTENT_SUBSCRIPTION -> PersistentDecoder.delete(p);
            case DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED -> PersistentDecoder.deleteCompleted(p);
            case PERSISTENT_SUBSCRIPTION_ACK_EVENTS -> PersistentDecoder.ack(p);
            case PERSISTENT_SUBSCRIPTION_NAK_EVENTS -> PersistentDecoder.nak(p);
            case UPDATE_PERSISTENT_SUBSCRIPTION -> PersistentDecoder.update(p);
            case UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED -> PersistentDecoder.updateCompleted(p);

            case HEARTBEAT_REQUEST -> HEARTBEAT_REQUEST_MESSAGE;
            case HEARTBEAT_RESPONSE -> HEARTBEAT_RESPONSE_MESSAGE;
            // The frame owns its payload and nobody writes to it: Ping and Pong share it.
            case PING -> new Ping(p);
            case PONG -> new Pong(p);
            case SCAVENGE_DATABASE -> SCAVENGE_MESSAGE;
            case SCAVENGE_DATABASE_COMPLETED -> ControlDecoder.scavengeDatabaseCompleted(p);
            case BAD_REQUEST -> new BadRequest(ControlDecoder.text(p));
            case NOT_HANDLED -> ControlDecoder.notHandled(p);
            case AUTHENTICATE -> AUTHENTICATE_MESSAGE;
            case AUTHENTICATED -> AUTHENTICATED_MESSAGE;
            case NOT_AUTHENTICATED -> new NotAuthenticated(ControlDecoder.text(p));
            default -> new RawMessage(command, p);
        };
    }
}
