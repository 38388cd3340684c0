package io.extreme.protocol.core;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.persistent.NackAction;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscriptionCompleted;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.UpdatePersistentSubscriptionCompleted;
import java.util.UUID;

/**
 * Payloads of persistent subscriptions (PROTOCOL.md §3.7): management, consumers, acks and naks.
 * {@code start_from} and the confirmation's last event number go through the dialect; a dialect
 * without {@code retryCount} on pushes (v3; it came in 4.1.0) leaves a neutral one out.
 */
final class PersistentEncoder {
    private final Dialect dialect;
    private final EventShapes shapes;

    PersistentEncoder(Dialect dialect, EventShapes shapes) {
        this.dialect = dialect;
        this.shapes = shapes;
    }

    byte[] create(CreatePersistentSubscription m) {
        return settings("CreatePersistentSubscription", m.groupName(), m.streamId(), m.config());
    }

    byte[] update(UpdatePersistentSubscription m) {
        return settings("UpdatePersistentSubscription", m.groupName(), m.streamId(), m.config());
    }

    /**
     * Create and update are two messages of the schema with the same fields under the same
     * numbers and types, so one builder writes the bytes of both; {@code message} names the one
     * meant when a number does not fit.
     */
    private byte[] settings(String message, String group, String stream, PersistentSubscriptionConfig c) {
        ClientMessages.CreatePersistentSubscription.Builder b = ClientMessages.CreatePersistentSubscription.newBuilder()
                .setSubscriptionGroupName(group)
                .setEventStreamId(stream)
                .setResolveLinkTos(c.resolveLinkTos())
                .setStartFrom(dialect.toWire(c.startFrom(), message + ".start_from"))
                .setMessageTimeoutMilliseconds(c.messageTimeoutMilliseconds())
                .setRecordStatistics(c.recordStatistics())
                .setLiveBufferSize(c.liveBufferSize())
                .setReadBatchSize(c.readBatchSize())
                .setBufferSize(c.bufferSize())
                .setMaxRetryCount(c.maxRetryCount())
                .setPreferRoundRobin(c.preferRoundRobin())
                .setCheckpointAfterTime(c.checkpointAfterTime())
                .setCheckpointMaxCount(c.checkpointMaxCount())
                .setCheckpointMinCount(c.checkpointMinCount())
                .setSubscriberMaxCount(c.subscriberMaxCount());
        if (c.namedConsumerStrategy() != null) {
            b.setNamedConsumerStrategy(c.namedConsumerStrategy());
        }
        return b.build().toByteArray();
    }

    byte[] delete(DeletePersistentSubscription m) {
        return ClientMessages.DeletePersistentSubscription.newBuilder()
                .setSubscriptionGroupName(m.groupName())
                .setEventStreamId(m.streamId())
                .build().toByteArray();
    }

    byte[] createCompleted(CreatePersistentSubscriptionCompleted m) {
        ClientMessages.CreatePersistentSubscriptionCompleted.Builder b =
                ClientMessages.CreatePersistentSubscriptionCompleted.newBuilder().setResult(
                        ClientMessages.CreatePersistentSubscriptionCompleted.CreatePersistentSubscriptionResult
                                .forNumber(m.result().code()));
        if (m.reason() != null) {
            b.setReason(m.reason());
        }
        return b.build().toByteArray();
    }

    byte[] updateCompleted(UpdatePersistentSubscriptionCompleted m) {
        ClientMessages.UpdatePersistentSubscriptionCompleted.Builder b =
                ClientMessages.UpdatePersistentSubscriptionCompleted.newBuilder().setResult(
                        ClientMessages.UpdatePersistentSubscriptionCompleted.UpdatePersistentSubscriptionResult
                                .forNumber(m.result().code()));
        if (m.reason() != null) {
            b.setReason(m.reason());
        }
        return b.build().toByteArray();
    }

    byte[] deleteCompleted(DeletePersistentSubscriptionCompleted m) {
        ClientMessages.DeletePersistentSubscriptionCompleted.Builder b =
                ClientMessages.DeletePersistentSubscriptionCompleted.newBuilder().setResult(
                        ClientMessages.DeletePersistentSubscriptionCompleted.DeletePersistentSubscriptionResult
                                .forNumber(m.result().code()));
        if (m.reason() != null) {
            b.setReason(m.reason());
        }
        return b.build().toByteArray();
    }

    byte[] connect(ConnectToPersistentSubscription m) {
        return ClientMessages.ConnectToPersistentSubscription.newBuilder()
                .setSubscriptionId(m.groupName())
                .setEventStreamId(m.streamId())
                .setAllowedInFlightMessages(m.allowedInFlightMessages())
                .build().toByteArray();
    }

    byte[] confirmation(PersistentSubscriptionConfirmation m) {
        ClientMessages.PersistentSubscriptionConfirmation.Builder b =
                ClientMessages.PersistentSubscriptionConfirmation.newBuilder()
                        .setLastCommitPosition(m.lastCommitPosition())
                        .setSubscriptionId(m.subscriptionId());
        if (m.lastEventNumber() != null) {
            b.setLastEventNumber(dialect.toWire(m.lastEventNumber().longValue(),
                    "PersistentSubscriptionConfirmation.last_event_number"));
        }
        return b.build().toByteArray();
    }

    byte[] eventAppeared(PersistentSubscriptionStreamEventAppeared m) {
        ClientMessages.PersistentSubscriptionStreamEventAppeared.Builder b =
                ClientMessages.PersistentSubscriptionStreamEventAppeared.newBuilder()
                        .setEvent(shapes.toProto(m.event()));
        if (m.retryCount() != null && dialect.has(Feature.RETRY_COUNT)) {
            b.setRetryCount(m.retryCount());
        }
        return b.build().toByteArray();
    }

    byte[] ack(PersistentSubscriptionAckEvents m) {
        ClientMessages.PersistentSubscriptionAckEvents.Builder b =
                ClientMessages.PersistentSubscriptionAckEvents.newBuilder().setSubscriptionId(m.subscriptionId());
        for (UUID id : m.processedEventIds()) {
            b.addProcessedEventIds(Wire.id(id));
        }
        return b.build().toByteArray();
    }

    byte[] nak(PersistentSubscriptionNakEvents m) {
        ClientMessages.PersistentSubscriptionNakEvents.Builder b =
                ClientMessages.PersistentSubscriptionNakEvents.newBuilder()
                        .setSubscriptionId(m.subscriptionId())
                        .setAction(nackCode(m.action()));
        for (UUID id : m.processedEventIds()) {
            b.addProcessedEventIds(Wire.id(id));
        }
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }

    /** The wire puts Unknown (0) before the four actions, so each action's code is its ordinal plus one. */
    private static ClientMessages.PersistentSubscriptionNakEvents.NakAction nackCode(NackAction action) {
        return ClientMessages.PersistentSubscriptionNakEvents.NakAction.forNumber(action == null ? 0 : action.ordinal() + 1);
    }
}
