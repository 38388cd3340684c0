package io.extreme.protocol.v3;

import io.extreme.protocol.v3.proto.ClientMessagesV3;
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
 * {@code start_from} and the confirmation's last event number are 32-bit ({@link EventNumbers});
 * v3 has no {@code retryCount} on pushes (4.1.0), so a neutral one is left out.
 */
final class PersistentEncoder {
    private PersistentEncoder() {
    }

    static byte[] create(CreatePersistentSubscription m) {
        return settings("CreatePersistentSubscription", m.groupName(), m.streamId(), m.config());
    }

    static byte[] update(UpdatePersistentSubscription m) {
        return settings("UpdatePersistentSubscription", m.groupName(), m.streamId(), m.config());
    }

    /**
     * Create and update are two messages of the schema with the same fields under the same
     * numbers and types, so one builder writes the bytes of both; {@code message} names the one
     * meant when a number does not fit.
     */
    private static byte[] settings(String message, String group, String stream, PersistentSubscriptionConfig c) {
        ClientMessagesV3.CreatePersistentSubscription.Builder b = ClientMessagesV3.CreatePersistentSubscription.newBuilder()
                .setSubscriptionGroupName(group)
                .setEventStreamId(stream)
                .setResolveLinkTos(c.resolveLinkTos())
                .setStartFrom(EventNumbers.toWire(c.startFrom(), message + ".start_from"))
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

    static byte[] delete(DeletePersistentSubscription m) {
        return ClientMessagesV3.DeletePersistentSubscription.newBuilder()
                .setSubscriptionGroupName(m.groupName())
                .setEventStreamId(m.streamId())
                .build().toByteArray();
    }

    static byte[] createCompleted(CreatePersistentSubscriptionCompleted m) {
        ClientMessagesV3.CreatePersistentSubscriptionCompleted.Builder b =
                ClientMessagesV3.CreatePersistentSubscriptionCompleted.newBuilder().setResult(
                        ClientMessagesV3.CreatePersistentSubscriptionCompleted.CreatePersistentSubscriptionResult
                                .forNumber(m.result().code()));
        if (m.reason() != null) {
            b.setReason(m.reason());
        }
        return b.build().toByteArray();
    }

    static byte[] updateCompleted(UpdatePersistentSubscriptionCompleted m) {
        ClientMessagesV3.UpdatePersistentSubscriptionCompleted.Builder b =
                ClientMessagesV3.UpdatePersistentSubscriptionCompleted.newBuilder().setResult(
                        ClientMessagesV3.UpdatePersistentSubscriptionCompleted.UpdatePersistentSubscriptionResult
                                .forNumber(m.result().code()));
        if (m.reason() != null) {
            b.setReason(m.reason());
        }
        return b.build().toByteArray();
    }

    static byte[] deleteCompleted(DeletePersistentSubscriptionCompleted m) {
        ClientMessagesV3.DeletePersistentSubscriptionCompleted.Builder b =
                ClientMessagesV3.DeletePersistentSubscriptionCompleted.newBuilder().setResult(
                        ClientMessagesV3.DeletePersistentSubscriptionCompleted.DeletePersistentSubscriptionResult
                                .forNumber(m.result().code()));
        if (m.reason() != null) {
            b.setReason(m.reason());
        }
        return b.build().toByteArray();
    }

    static byte[] connect(ConnectToPersistentSubscription m) {
        return ClientMessagesV3.ConnectToPersistentSubscription.newBuilder()
                .setSubscriptionId(m.groupName())
                .setEventStreamId(m.streamId())
                .setAllowedInFlightMessages(m.allowedInFlightMessages())
                .build().toByteArray();
    }

    static byte[] confirmation(PersistentSubscriptionConfirmation m) {
        ClientMessagesV3.PersistentSubscriptionConfirmation.Builder b =
                ClientMessagesV3.PersistentSubscriptionConfirmation.newBuilder()
                        .setLastCommitPosition(m.lastCommitPosition())
                        .setSubscriptionId(m.subscriptionId());
        if (m.lastEventNumber() != null) {
            b.setLastEventNumber(EventNumbers.toWire(m.lastEventNumber().longValue(),
                    "PersistentSubscriptionConfirmation.last_event_number"));
        }
        return b.build().toByteArray();
    }

    static byte[] eventAppeared(PersistentSubscriptionStreamEventAppeared m) {
        return ClientMessagesV3.PersistentSubscriptionStreamEventAppeared.newBuilder()
                .setEvent(EventShapes.toProto(m.event()))
                .build().toByteArray();
    }

    static byte[] ack(PersistentSubscriptionAckEvents m) {
        ClientMessagesV3.PersistentSubscriptionAckEvents.Builder b =
                ClientMessagesV3.PersistentSubscriptionAckEvents.newBuilder().setSubscriptionId(m.subscriptionId());
        for (UUID id : m.processedEventIds()) {
            b.addProcessedEventIds(Wire.id(id));
        }
        return b.build().toByteArray();
    }

    static byte[] nak(PersistentSubscriptionNakEvents m) {
        ClientMessagesV3.PersistentSubscriptionNakEvents.Builder b =
                ClientMessagesV3.PersistentSubscriptionNakEvents.newBuilder()
                        .setSubscriptionId(m.subscriptionId())
                        .setAction(ClientMessagesV3.PersistentSubscriptionNakEvents.NakAction.forNumber(m.action().code()));
        for (UUID id : m.processedEventIds()) {
            b.addProcessedEventIds(Wire.id(id));
        }
        if (m.message() != null) {
            b.setMessage(m.message());
        }
        return b.build().toByteArray();
    }
}
