package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.CreatePersistentSubscriptionResult;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscriptionCompleted;
import io.extreme.spi.message.DeletePersistentSubscriptionResult;
import io.extreme.spi.message.NakAction;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.UpdatePersistentSubscriptionCompleted;
import io.extreme.spi.message.UpdatePersistentSubscriptionResult;

/** Reads the payloads of persistent subscriptions; v3 pushes carry no retry count, which reads as null. */
final class PersistentDecoder {
    private PersistentDecoder() {
    }

    static CreatePersistentSubscription create(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.CreatePersistentSubscription m = settings(payload);
        return new CreatePersistentSubscription(m.getSubscriptionGroupName(), m.getEventStreamId(), config(m));
    }

    static UpdatePersistentSubscription update(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.CreatePersistentSubscription m = settings(payload);
        return new UpdatePersistentSubscription(m.getSubscriptionGroupName(), m.getEventStreamId(), config(m));
    }

    /** Create and update carry the same fields under the same numbers: one parser reads both. */
    private static ClientMessagesV3.CreatePersistentSubscription settings(byte[] payload) throws InvalidProtocolBufferException {
        return Wire.parse(ClientMessagesV3.CreatePersistentSubscription.parser(), payload);
    }

    private static PersistentSubscriptionConfig config(ClientMessagesV3.CreatePersistentSubscription m) {
        return new PersistentSubscriptionConfig(m.getResolveLinkTos(), EventNumbers.fromWire(m.getStartFrom()),
                m.getMessageTimeoutMilliseconds(), m.getRecordStatistics(), m.getLiveBufferSize(),
                m.getReadBatchSize(), m.getBufferSize(), m.getMaxRetryCount(), m.getPreferRoundRobin(),
                m.getCheckpointAfterTime(), m.getCheckpointMaxCount(), m.getCheckpointMinCount(),
                m.getSubscriberMaxCount(), m.hasNamedConsumerStrategy() ? m.getNamedConsumerStrategy() : null);
    }

    static DeletePersistentSubscription delete(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.DeletePersistentSubscription m =
                Wire.parse(ClientMessagesV3.DeletePersistentSubscription.parser(), payload);
        return new DeletePersistentSubscription(m.getSubscriptionGroupName(), m.getEventStreamId());
    }

    static CreatePersistentSubscriptionCompleted createCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.CreatePersistentSubscriptionCompleted m =
                Wire.parse(ClientMessagesV3.CreatePersistentSubscriptionCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new CreatePersistentSubscriptionCompleted(
                CreatePersistentSubscriptionResult.fromCode(m.getResult().getNumber()),
                m.hasReason() ? m.getReason() : null);
    }

    static UpdatePersistentSubscriptionCompleted updateCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.UpdatePersistentSubscriptionCompleted m =
                Wire.parse(ClientMessagesV3.UpdatePersistentSubscriptionCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new UpdatePersistentSubscriptionCompleted(
                UpdatePersistentSubscriptionResult.fromCode(m.getResult().getNumber()),
                m.hasReason() ? m.getReason() : null);
    }

    static DeletePersistentSubscriptionCompleted deleteCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.DeletePersistentSubscriptionCompleted m =
                Wire.parse(ClientMessagesV3.DeletePersistentSubscriptionCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new DeletePersistentSubscriptionCompleted(
                DeletePersistentSubscriptionResult.fromCode(m.getResult().getNumber()),
                m.hasReason() ? m.getReason() : null);
    }

    static ConnectToPersistentSubscription connect(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.ConnectToPersistentSubscription m =
                Wire.parse(ClientMessagesV3.ConnectToPersistentSubscription.parser(), payload);
        return new ConnectToPersistentSubscription(m.getSubscriptionId(), m.getEventStreamId(),
                m.getAllowedInFlightMessages());
    }

    static PersistentSubscriptionConfirmation confirmation(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.PersistentSubscriptionConfirmation m =
                Wire.parse(ClientMessagesV3.PersistentSubscriptionConfirmation.parser(), payload);
        return new PersistentSubscriptionConfirmation(m.getLastCommitPosition(), m.getSubscriptionId(),
                m.hasLastEventNumber() ? EventNumbers.fromWire(m.getLastEventNumber()) : null);
    }

    static PersistentSubscriptionStreamEventAppeared eventAppeared(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.PersistentSubscriptionStreamEventAppeared m =
                Wire.parse(ClientMessagesV3.PersistentSubscriptionStreamEventAppeared.parser(), payload);
        return new PersistentSubscriptionStreamEventAppeared(EventShapes.fromProto(m.getEvent()), null);
    }

    static PersistentSubscriptionAckEvents ack(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.PersistentSubscriptionAckEvents m =
                Wire.parse(ClientMessagesV3.PersistentSubscriptionAckEvents.parser(), payload);
        return new PersistentSubscriptionAckEvents(m.getSubscriptionId(), Wire.ids(m.getProcessedEventIdsList()));
    }

    static PersistentSubscriptionNakEvents nak(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.PersistentSubscriptionNakEvents m =
                Wire.parse(ClientMessagesV3.PersistentSubscriptionNakEvents.parser(), payload);
        Wire.checkEnum(m.hasAction(), m, 4);
        return new PersistentSubscriptionNakEvents(m.getSubscriptionId(), Wire.ids(m.getProcessedEventIdsList()),
                m.hasMessage() ? m.getMessage() : null, NakAction.fromCode(m.getAction().getNumber()));
    }
}
