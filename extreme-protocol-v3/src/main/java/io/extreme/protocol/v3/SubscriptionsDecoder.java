package io.extreme.protocol.v3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;

/** Reads the payloads of volatile subscriptions. */
final class SubscriptionsDecoder {
    private SubscriptionsDecoder() {
    }

    static SubscribeToStream subscribeToStream(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.SubscribeToStream m = Wire.parse(ClientMessagesV3.SubscribeToStream.parser(), payload);
        return new SubscribeToStream(m.getEventStreamId(), m.getResolveLinkTos());
    }

    static SubscriptionConfirmation subscriptionConfirmation(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.SubscriptionConfirmation m =
                Wire.parse(ClientMessagesV3.SubscriptionConfirmation.parser(), payload);
        return new SubscriptionConfirmation(m.getLastCommitPosition(),
                m.hasLastEventNumber() ? EventNumbers.fromWire(m.getLastEventNumber()) : null);
    }

    static StreamEventAppeared streamEventAppeared(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.StreamEventAppeared m = Wire.parse(ClientMessagesV3.StreamEventAppeared.parser(), payload);
        return new StreamEventAppeared(EventShapes.fromProto(m.getEvent()));
    }

    static SubscriptionDropped subscriptionDropped(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessagesV3.SubscriptionDropped m = Wire.parse(ClientMessagesV3.SubscriptionDropped.parser(), payload);
        Wire.checkEnum(m.hasReason(), m, 1);
        return new SubscriptionDropped(m.hasReason() ? SubscriptionDropReason.fromCode(m.getReason().getNumber()) : null);
    }
}
