package io.extreme.protocol.v4;

import io.extreme.protocol.v4.proto.ClientMessages;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropped;

/** Payloads of volatile subscriptions (PROTOCOL.md §3.6); UnsubscribeFromStream has none. */
final class SubscriptionsEncoder {
    private SubscriptionsEncoder() {
    }

    static byte[] subscribeToStream(SubscribeToStream m) {
        return ClientMessages.SubscribeToStream.newBuilder()
                .setEventStreamId(m.streamId())
                .setResolveLinkTos(m.resolveLinkTos())
                .build().toByteArray();
    }

    /** The last event number is absent for {@code $all}. */
    static byte[] subscriptionConfirmation(SubscriptionConfirmation m) {
        ClientMessages.SubscriptionConfirmation.Builder b = ClientMessages.SubscriptionConfirmation.newBuilder()
                .setLastCommitPosition(m.lastCommitPosition());
        if (m.lastEventNumber() != null) {
            b.setLastEventNumber(m.lastEventNumber());
        }
        return b.build().toByteArray();
    }

    static byte[] streamEventAppeared(StreamEventAppeared m) {
        return ClientMessages.StreamEventAppeared.newBuilder()
                .setEvent(EventShapes.toProto(m.event()))
                .build().toByteArray();
    }

    /** No reason leaves the payload empty, as real servers do for some Unsubscribed drops. */
    static byte[] subscriptionDropped(SubscriptionDropped m) {
        ClientMessages.SubscriptionDropped.Builder b = ClientMessages.SubscriptionDropped.newBuilder();
        if (m.reason() != null) {
            b.setReason(ClientMessages.SubscriptionDropped.SubscriptionDropReason.forNumber(m.reason().code()));
        }
        return b.build().toByteArray();
    }
}
