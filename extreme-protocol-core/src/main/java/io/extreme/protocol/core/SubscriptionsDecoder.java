package io.extreme.protocol.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;

/** Reads the payloads of volatile subscriptions. */
final class SubscriptionsDecoder {
    private final Dialect dialect;
    private final EventShapes shapes;
    private final EventPages pages;

    SubscriptionsDecoder(Dialect dialect, EventShapes shapes, EventPages pages) {
        this.dialect = dialect;
        this.shapes = shapes;
        this.pages = pages;
    }

    SubscribeToStream subscribeToStream(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.SubscribeToStream m = Wire.parse(ClientMessages.SubscribeToStream.parser(), payload);
        return new SubscribeToStream(m.getEventStreamId(), m.getResolveLinkTos());
    }

    SubscriptionConfirmation subscriptionConfirmation(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.SubscriptionConfirmation m =
                Wire.parse(ClientMessages.SubscriptionConfirmation.parser(), payload);
        return new SubscriptionConfirmation(m.getLastCommitPosition(),
                m.hasLastEventNumber() ? dialect.fromWire(m.getLastEventNumber()) : null);
    }

    StreamEventAppeared streamEventAppeared(byte[] payload) throws InvalidProtocolBufferException {
        StreamEventAppeared push = pages.streamEventAppeared(payload);
        return push != null ? push : parseStreamEventAppeared(payload);
    }

    /** With the generated parser: for a push {@link EventPages} leaves to it. */
    StreamEventAppeared parseStreamEventAppeared(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.StreamEventAppeared m = Wire.parse(ClientMessages.StreamEventAppeared.parser(), payload);
        return new StreamEventAppeared(shapes.fromProto(m.getEvent()));
    }

    SubscriptionDropped subscriptionDropped(byte[] payload) throws InvalidProtocolBufferException {
        ClientMessages.SubscriptionDropped m = Wire.parse(ClientMessages.SubscriptionDropped.parser(), payload);
        Wire.checkEnum(m.hasReason(), m, 1);
        return new SubscriptionDropped(m.hasReason() ? SubscriptionDropReason.fromCode(m.getReason().getNumber()) : null);
    }
}
