package io.extreme.protocol.core;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropped;

/** Payloads of volatile subscriptions (PROTOCOL.md §3.6); UnsubscribeFromStream has none. */
final class SubscriptionsEncoder {
    private final Dialect dialect;
    private final EventShapes shapes;

    SubscriptionsEncoder(Dialect dialect, EventShapes shapes) {
        this.dialect = dialect;
        this.shapes = shapes;
    }

    byte[] subscribeToStream(SubscribeToStream m) {
        return ClientMessages.SubscribeToStream.newBuilder()
                .setEventStreamId(m.streamId())
                .setResolveLinkTos(m.resolveLinkTos())
                .build().toByteArray();
    }

    /** The last event number is absent for {@code $all}. */
    byte[] subscriptionConfirmation(SubscriptionConfirmation m) {
        ClientMessages.SubscriptionConfirmation.Builder b = ClientMessages.SubscriptionConfirmation.newBuilder()
                .setLastCommitPosition(m.lastCommitPosition());
        if (m.lastEventNumber() != null) {
            b.setLastEventNumber(dialect.toWire(m.lastEventNumber().longValue(),
                    "SubscriptionConfirmation.last_event_number"));
        }
        return b.build().toByteArray();
    }

    byte[] streamEventAppeared(StreamEventAppeared m) {
        return ClientMessages.StreamEventAppeared.newBuilder()
                .setEvent(shapes.toProto(m.event()))
                .build().toByteArray();
    }

    /** No reason leaves the payload empty, as real servers do for some Unsubscribed drops. */
    byte[] subscriptionDropped(SubscriptionDropped m) {
        ClientMessages.SubscriptionDropped.Builder b = ClientMessages.SubscriptionDropped.newBuilder();
        if (m.reason() != null) {
            b.setReason(ClientMessages.SubscriptionDropped.SubscriptionDropReason.forNumber(m.reason().code()));
        }
        return b.build().toByteArray();
    }
}
