package io.extreme.protocol.v3;

import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropped;

/** Payloads of volatile subscriptions (PROTOCOL.md §3.6); UnsubscribeFromStream has none. */
final class SubscriptionsEncoder {
    private SubscriptionsEncoder() {
    }

    static byte[] subscribeToStream(SubscribeToStream m) {
        return ClientMessagesV3.SubscribeToStream.newBuilder()
                .setEventStreamId(m.streamId())
                .setResolveLinkTos(m.resolveLinkTos())
                .build().toByteArray();
    }

    /** The last event number is absent for {@code $all}; 32-bit otherwise ({@link EventNumbers}). */
    static byte[] subscriptionConfirmation(SubscriptionConfirmation m) {
        ClientMessagesV3.SubscriptionConfirmation.Builder b = ClientMessagesV3.SubscriptionConfirmation.newBuilder()
                .setLastCommitPosition(m.lastCommitPosition());
        if (m.lastEventNumber() != null) {
            b.setLastEventNumber(EventNumbers.toWire(m.lastEventNumber().longValue(),
                    "SubscriptionConfirmation.last_event_number"));
        }
        return b.build().toByteArray();
    }

    static byte[] streamEventAppeared(StreamEventAppeared m) {
        return ClientMessagesV3.StreamEventAppeared.newBuilder()
                .setEvent(EventShapes.toProto(m.event()))
                .build().toByteArray();
    }

    /** No reason leaves the payload empty, as real servers do for some Unsubscribed drops. */
    static byte[] subscriptionDropped(SubscriptionDropped m) {
        ClientMessagesV3.SubscriptionDropped.Builder b = ClientMessagesV3.SubscriptionDropped.newBuilder();
        if (m.reason() != null) {
            b.setReason(ClientMessagesV3.SubscriptionDropped.SubscriptionDropReason.forNumber(m.reason().code()));
        }
        return b.build().toByteArray();
    }
}
