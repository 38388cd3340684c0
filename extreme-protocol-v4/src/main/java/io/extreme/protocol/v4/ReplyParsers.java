package io.extreme.protocol.v4;

import static io.extreme.spi.TcpCommand.*;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.extreme.protocol.core.proto.ClientMessages;

/** The protobuf message each command carries, for raw access ({@link V4Commands}); one switch. */
final class ReplyParsers {
    private ReplyParsers() {
    }

    /** The parser of the message {@code command} carries, or null when its payload is not protobuf or unknown. */
    static Parser<? extends Message> of(int command) {
        return switch (command) {
            case WRITE_EVENTS -> ClientMessages.WriteEvents.parser();
            case WRITE_EVENTS_COMPLETED -> ClientMessages.WriteEventsCompleted.parser();
            case TRANSACTION_START -> ClientMessages.TransactionStart.parser();
            case TRANSACTION_START_COMPLETED -> ClientMessages.TransactionStartCompleted.parser();
            case TRANSACTION_WRITE -> ClientMessages.TransactionWrite.parser();
            case TRANSACTION_WRITE_COMPLETED -> ClientMessages.TransactionWriteCompleted.parser();
            case TRANSACTION_COMMIT -> ClientMessages.TransactionCommit.parser();
            case TRANSACTION_COMMIT_COMPLETED -> ClientMessages.TransactionCommitCompleted.parser();
            case DELETE_STREAM -> ClientMessages.DeleteStream.parser();
            case DELETE_STREAM_COMPLETED -> ClientMessages.DeleteStreamCompleted.parser();
            case READ_EVENT -> ClientMessages.ReadEvent.parser();
            case READ_EVENT_COMPLETED -> ClientMessages.ReadEventCompleted.parser();
            case READ_STREAM_EVENTS_FORWARD, READ_STREAM_EVENTS_BACKWARD -> ClientMessages.ReadStreamEvents.parser();
            case READ_STREAM_EVENTS_FORWARD_COMPLETED, READ_STREAM_EVENTS_BACKWARD_COMPLETED ->
                    ClientMessages.ReadStreamEventsCompleted.parser();
            case READ_ALL_EVENTS_FORWARD, READ_ALL_EVENTS_BACKWARD -> ClientMessages.ReadAllEvents.parser();
            case READ_ALL_EVENTS_FORWARD_COMPLETED, READ_ALL_EVENTS_BACKWARD_COMPLETED ->
                    ClientMessages.ReadAllEventsCompleted.parser();
            case SUBSCRIBE_TO_STREAM -> ClientMessages.SubscribeToStream.parser();
            case SUBSCRIPTION_CONFIRMATION -> ClientMessages.SubscriptionConfirmation.parser();
            case STREAM_EVENT_APPEARED -> ClientMessages.StreamEventAppeared.parser();
            case UNSUBSCRIBE_FROM_STREAM -> ClientMessages.UnsubscribeFromStream.parser();
            case SUBSCRIPTION_DROPPED -> ClientMessages.SubscriptionDropped.parser();
            case CONNECT_TO_PERSISTENT_SUBSCRIPTION -> ClientMessages.ConnectToPersistentSubscription.parser();
            case PERSISTENT_SUBSCRIPTION_CONFIRMATION -> ClientMessages.PersistentSubscriptionConfirmation.parser();
            case PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED ->
                    ClientMessages.PersistentSubscriptionStreamEventAppeared.parser();
            case CREATE_PERSISTENT_SUBSCRIPTION -> ClientMessages.CreatePersistentSubscription.parser();
            case CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED -> ClientMessages.CreatePersistentSubscriptionCompleted.parser();
            case DELETE_PERSISTENT_SUBSCRIPTION -> ClientMessages.DeletePersistentSubscription.parser();
            case DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED -> ClientMessages.DeletePersistentSubscriptionCompleted.parser();
            case PERSISTENT_SUBSCRIPTION_ACK_EVENTS -> ClientMessages.PersistentSubscriptionAckEvents.parser();
            case PERSISTENT_SUBSCRIPTION_NAK_EVENTS -> ClientMessages.PersistentSubscriptionNakEvents.parser();
            case UPDATE_PERSISTENT_SUBSCRIPTION -> ClientMessages.UpdatePersistentSubscription.parser();
            case UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED -> ClientMessages.UpdatePersistentSubscriptionCompleted.parser();
            case SCAVENGE_DATABASE -> ClientMessages.ScavengeDatabase.parser();
            case SCAVENGE_DATABASE_COMPLETED -> ClientMessages.ScavengeDatabaseCompleted.parser();
            case NOT_HANDLED -> ClientMessages.NotHandled.parser();
            case IDENTIFY_CLIENT -> ClientMessages.IdentifyClient.parser();
            case CLIENT_IDENTIFIED -> ClientMessages.ClientIdentified.parser();
            default -> null;
        };
    }
}
