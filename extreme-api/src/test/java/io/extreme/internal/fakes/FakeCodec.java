package io.extreme.internal.fakes;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Authenticate;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UnsubscribeFromStream;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A codec for engine tests: the payload is a key to the message object, so tests see messages,
 * not bytes. It knows the handshake, writes, reads, volatile subscriptions and a persistent
 * consumer's connect, pushes, acks and nacks.
 */
public final class FakeCodec implements ProtocolCodec {
    private final Map<Long, Message> messages = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();

    private final int version;

    /** A protocol v4 codec. */
    public FakeCodec() {
        this(4);
    }

    /** A codec that says it speaks {@code version}; each instance knows only the messages it encoded. */
    public FakeCodec(int version) {
        this.version = version;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public Frame encode(UUID correlationId, UserCredentials credentials, Message message) {
        long key = keys.incrementAndGet();
        messages.put(key, message);
        return Frame.of(command(message), correlationId, credentials, ByteBuffer.allocate(8).putLong(key).array());
    }

    @Override
    public Message decode(Frame frame) {
        return messages.get(ByteBuffer.wrap(frame.payload()).getLong());
    }

    /** A reply frame as a server would send it. */
    public Frame reply(UUID correlationId, Message message) {
        return encode(correlationId, null, message);
    }

    private static int command(Message m) {
        if (m instanceof IdentifyClient) return TcpCommand.IDENTIFY_CLIENT;
        if (m instanceof ClientIdentified) return TcpCommand.CLIENT_IDENTIFIED;
        if (m instanceof Authenticate) return TcpCommand.AUTHENTICATE;
        if (m instanceof WriteEvents) return TcpCommand.WRITE_EVENTS;
        if (m instanceof WriteEventsCompleted) return TcpCommand.WRITE_EVENTS_COMPLETED;
        if (m instanceof ReadEvent) return TcpCommand.READ_EVENT;
        if (m instanceof ReadEventCompleted) return TcpCommand.READ_EVENT_COMPLETED;
        if (m instanceof NotHandled) return TcpCommand.NOT_HANDLED;
        if (m instanceof BadRequest) return TcpCommand.BAD_REQUEST;
        if (m instanceof NotAuthenticated) return TcpCommand.NOT_AUTHENTICATED;
        if (m instanceof ReadStreamEvents r) {
            return r.direction() == ReadDirection.FORWARD ? TcpCommand.READ_STREAM_EVENTS_FORWARD : TcpCommand.READ_STREAM_EVENTS_BACKWARD;
        }
        if (m instanceof ReadStreamEventsCompleted r) {
            return r.direction() == ReadDirection.FORWARD ? TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED
                    : TcpCommand.READ_STREAM_EVENTS_BACKWARD_COMPLETED;
        }
        if (m instanceof ReadAllEvents r) {
            return r.direction() == ReadDirection.FORWARD ? TcpCommand.READ_ALL_EVENTS_FORWARD : TcpCommand.READ_ALL_EVENTS_BACKWARD;
        }
        if (m instanceof ReadAllEventsCompleted r) {
            return r.direction() == ReadDirection.FORWARD ? TcpCommand.READ_ALL_EVENTS_FORWARD_COMPLETED
                    : TcpCommand.READ_ALL_EVENTS_BACKWARD_COMPLETED;
        }
        if (m instanceof SubscribeToStream) return TcpCommand.SUBSCRIBE_TO_STREAM;
        if (m instanceof SubscriptionConfirmation) return TcpCommand.SUBSCRIPTION_CONFIRMATION;
        if (m instanceof StreamEventAppeared) return TcpCommand.STREAM_EVENT_APPEARED;
        if (m instanceof UnsubscribeFromStream) return TcpCommand.UNSUBSCRIBE_FROM_STREAM;
        if (m instanceof SubscriptionDropped) return TcpCommand.SUBSCRIPTION_DROPPED;
        if (m instanceof ConnectToPersistentSubscription) return TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION;
        if (m instanceof PersistentSubscriptionConfirmation) return TcpCommand.PERSISTENT_SUBSCRIPTION_CONFIRMATION;
        if (m instanceof PersistentSubscriptionStreamEventAppeared) return TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED;
        if (m instanceof PersistentSubscriptionAckEvents) return TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS;
        if (m instanceof PersistentSubscriptionNakEvents) return TcpCommand.PERSISTENT_SUBSCRIPTION_NAK_EVENTS;
        throw new IllegalArgumentException("fake codec does not know " + m);
    }
}
