package io.extreme.internal.subscription;

import io.extreme.UserCredentials;
import io.extreme.error.ConnectionClosedException;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.operation.Outcome;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.subscription.DropReason;
import java.util.concurrent.Executor;

/**
 * A volatile subscription on the wire: one correlation id for the subscribe request, the
 * confirmation, every pushed event and the drop. The engine routes its frames to the feed.
 */
public final class SubscribeOperation extends Operation<Void> {
    /** The stream id the protocol uses for {@code $all}. */
    public static final String ALL = "";

    private final Message request;
    private final String description;
    public final LiveFeed feed;
    /** Waiting to be sent again after a reconnect: it waits as long as the client tries to reconnect. */
    public boolean resuming;

    public SubscribeOperation(String stream, boolean resolveLinkTos, LiveFeed feed, UserCredentials credentials) {
        this(new SubscribeToStream(stream, resolveLinkTos),
                "subscription to " + (stream.isEmpty() ? "$all" : "stream '" + stream + "'"), feed, credentials);
    }

    private SubscribeOperation(Message request, String description, LiveFeed feed, UserCredentials credentials) {
        super(credentials);
        this.request = request;
        this.description = description;
        this.feed = feed;
        // The one subscribe the engine is handed outside a client view is a catch-up's live
        // subscription, which the client makes for itself; a view's submit sets this from the view.
        this.reserved = true;
    }

    /** A consumer of a persistent subscription group: the same life on one correlation id. */
    public static SubscribeOperation persistent(String stream, String group, int bufferSize, PersistentFeed feed,
                                         UserCredentials credentials) {
        return new SubscribeOperation(new ConnectToPersistentSubscription(group, stream, bufferSize),
                "persistent subscription group '" + group + "' on stream '" + stream + "'", feed, credentials);
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<Void> inspect(Message reply) {
        throw new IllegalStateException("subscriptions are routed by the engine");
    }

    /** A subscription that cannot start or go on ends through its feed, which reports the drop. */
    @Override
    public void fail(Executor callbacks, Throwable error) {
        feed.dropped(error instanceof ConnectionClosedException ? DropReason.CONNECTION_CLOSED : DropReason.SERVER_ERROR, error);
    }

    @Override
    public String describe() {
        return description;
    }
}
