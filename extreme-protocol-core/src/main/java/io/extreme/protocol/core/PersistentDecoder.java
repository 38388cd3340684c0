package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.persistent.NackAction;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.CreatePersistentSubscriptionResult;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscriptionCompleted;
import io.extreme.spi.message.DeletePersistentSubscriptionResult;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.UpdatePersistentSubscriptionCompleted;
import io.extreme.spi.message.UpdatePersistentSubscriptionResult;

/**
 * Reads the payloads of persistent subscriptions. A dialect without {@code retryCount} (v3) reads
 * a push's retry count as null, as v3's schema reads the field as unknown.
 */
final class PersistentDecoder {
    private final Dialect dialect;
    private final EventShapes shapes;
    private final EventPages pages;

    PersistentDecoder(Dialect dialect, EventShapes shapes, EventPages pages) {
        this.dialect = dialect;
        this.shapes = shapes;
        this.pages = pages;
    }

    CreatePersistentSubscription create(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.CreatePersistentSubscription m = settings(payload);
        return new CreatePersistentSubscription(m.getSubscriptionGroupName(), m.getEventStreamId(), config(m));
    }

    UpdatePersistentSubscription update(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.CreatePersistentSubscription m = settings(payload);
        return new UpdatePersistentSubscription(m.getSubscriptionGroupName(), m.getEventStreamId(), config(m));
    }

    /** Create and update carry the same fields under the same numbers: one parser reads both. */
    private static ClientMessages.CreatePersistentSubscription settings(byte[] payload) throws InvalidProtocolBufferException {
        return Wire.parse(ClientMessages.CreatePersistentSubscription.parser(), payload);
    }

    private PersistentSubscriptionConfig config(ClientMessages.CreatePersistentSubscription m) {
        return new PersistentSubscriptionConfig(m.getResolveLinkTos(), dialect.fromWire(m.getStartFrom()),
                m.getMessageTimeoutMilliseconds(), m.getRecordStatistics(), m.getLiveBufferSize(),
                m.getReadBatchSize(), m.getBufferSize(), m.getMaxRetryCount(), m.getPreferRoundRobin(),
                m.getCheckpointAfterTime(), m.getCheckpointMaxCount(), m.getCheckpointMinCount(),
                m.getSubscriberMaxCount(), m.hasNamedConsumerStrategy() ? m.getNamedConsumerStrategy() : null);
    }

    DeletePersistentSubscription delete(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.DeletePersistentSubscription m =
                Wire.parse(ClientMessages.DeletePersistentSubscription.parser(), payload);
        return new DeletePersistentSubscription(m.getSubscriptionGroupName(), m.getEventStreamId());
    }

    CreatePersistentSubscriptionCompleted createCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.CreatePersistentSubscriptionCompleted m =
                Wire.parse(ClientMessages.CreatePersistentSubscriptionCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new CreatePersistentSubscriptionCompleted(
                CreatePersistentSubscriptionResult.fromCode(m.getResult().getNumber()),
                m.hasReason() ? m.getReason() : null);
    }

    UpdatePersistentSubscriptionCompleted updateCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.UpdatePersistentSubscriptionCompleted m =
                Wire.parse(ClientMessages.UpdatePersistentSubscriptionCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new UpdatePersistentSubscriptionCompleted(
                UpdatePersistentSubscriptionResult.fromCode(m.getResult().getNumber()),
                m.hasReason() ? m.getReason() : null);
    }

    DeletePersistentSubscriptionCompleted deleteCompleted(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.DeletePersistentSubscriptionCompleted m =
                Wire.parse(ClientMessages.DeletePersistentSubscriptionCompleted.parser(), payload);
        Wire.checkEnum(m.hasResult(), m, 1);
        return new DeletePersistentSubscriptionCompleted(
                DeletePersistentSubscriptionResult.fromCode(m.getResult().getNumber()),
                m.hasReason() ? m.getReason() : null);
    }

    ConnectToPersistentSubscription connect(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.ConnectToPersistentSubscription m =
                Wire.parse(ClientMessages.ConnectToPersistentSubscription.parser(), payload);
        return new ConnectToPersistentSubscription(m.getSubscriptionId(), m.getEventStreamId(),
                m.getAllowedInFlightMessages());
    }

    PersistentSubscriptionConfirmation confirmation(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.PersistentSubscriptionConfirmation m =
                Wire.parse(ClientMessages.PersistentSubscriptionConfirmation.parser(), payload);
        return new PersistentSubscriptionConfirmation(m.getLastCommitPosition(), m.getSubscriptionId(),
                m.hasLastEventNumber() ? dialect.fromWire(m.getLastEventNumber()) : null);
    }

    PersistentSubscriptionStreamEventAppeared eventAppeared(byte[] payload) throws InvalidProtocolBufferException {
        PersistentSubscriptionStreamEventAppeared push = pages.persistentEventAppeared(payload);
        return push != null ? push : parseEventAppeared(payload);
    }

    /** With the generated parser: for a push {@link EventPages} leaves to it. */
    PersistentSubscriptionStreamEventAppeared parseEventAppeared(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.PersistentSubscriptionStreamEventAppeared m =
                Wire.parse(ClientMessages.PersistentSubscriptionStreamEventAppeared.parser(), payload);
        return new PersistentSubscriptionStreamEventAppeared(shapes.fromProto(m.getEvent()),
                dialect.has(Feature.RETRY_COUNT) && m.hasRetryCount() ? m.getRetryCount() : null);
    }

    PersistentSubscriptionAckEvents ack(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.PersistentSubscriptionAckEvents m =
                Wire.parse(ClientMessages.PersistentSubscriptionAckEvents.parser(), payload);
        return new PersistentSubscriptionAckEvents(m.getSubscriptionId(), Wire.ids(m.getProcessedEventIdsList()));
    }

    /** Wire code 0 is Unknown, which the port carries as null; 1 to 4 are the actions in order. */
    private static NackAction nackAction(int code) {
        NackAction[] actions = NackAction.values();
        return code >= 1 && code <= actions.length ? actions[code - 1] : null;
    }

    PersistentSubscriptionNakEvents nak(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.PersistentSubscriptionNakEvents m =
                Wire.parse(ClientMessages.PersistentSubscriptionNakEvents.parser(), payload);
        Wire.checkEnum(m.hasAction(), m, 4);
        return new PersistentSubscriptionNakEvents(m.getSubscriptionId(), Wire.ids(m.getProcessedEventIdsList()),
                m.hasMessage() ? m.getMessage() : null, nackAction(m.getAction().getNumber()));
    }
}
