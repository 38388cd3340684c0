package io.extreme;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.ConfigurationException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.ExtremeException;
import io.extreme.error.PersistentSubscriptionAlreadyExistsException;
import io.extreme.error.PersistentSubscriptionFailedException;
import io.extreme.error.PersistentSubscriptionNotFoundException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.AllSlice;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.DeleteResult;
import io.extreme.event.EventData;
import io.extreme.event.EventReadResult;
import io.extreme.event.EventStream;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.FanoutListenerBuilder;
import io.extreme.subscription.Listener;
import io.extreme.subscription.ListenerBuilder;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.TypedClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A connection to EventStore. Every operation is asynchronous: it returns at once and its
 * future completes on the client's callback executor, never on an I/O thread. Operations
 * issued while the client is (re)connecting wait for the connection. Failures complete the
 * future with an {@link ExtremeException}; bad arguments throw {@link IllegalArgumentException}
 * at once, before anything is sent.
 *
 * <p>Operations run as the settings' default user; {@link #withCredentials} gives a view of the
 * same connection that runs them as another user.
 *
 * <p>Thread-safe. Close it when done: pending operations then fail with
 * {@link ConnectionClosedException}.
 */
@SuppressWarnings("deprecation")
public interface ExtremeClient extends LegacyCalls, AutoCloseable {
    /** The largest page a read may ask for: the server refuses more (the same as {@link CatchUpOptions#MAX_READ_BATCH}). */
    int MAX_READ_BATCH = CatchUpOptions.MAX_READ_BATCH;

    /**
     * The protocol version the connection speaks ({@link ProtocolVersion#V3} or {@link ProtocolVersion#V4});
     * before the first connection has been made, the setting ({@link ProtocolVersion#AUTO} when the
     * server is to decide).
     */
    ProtocolVersion protocol();

    /**
     * Sends any command with any payload, as it is, and completes with the first frame the
     * server answers with, as a {@link RawReply}, under the same correlation id (which may be a BadRequest,
     * NotAuthenticated or NotHandled: nothing is interpreted). For commands that get no answer
     * (acks, naks) the future completes with {@code null} once the frame is sent.
     *
     * @param command the command code, 0 to 255
     * @param payload the payload, for example a serialized protobuf message
     * @param options the user the frame carries (empty: the client's), the timeout and deadline
     */
    CompletableFuture<RawReply> execute(int command, byte[] payload, CallOptions options);

    /** Sends any command with any payload as the client's user; see {@link #execute(int, byte[], CallOptions)}. */
    default CompletableFuture<RawReply> execute(int command, byte[] payload) {
        return execute(command, payload, CallOptions.DEFAULTS);
    }

    /** The settings this client was made with. */
    ExtremeSettings settings();

    /**
     * A view of this client whose operations carry {@code credentials}, over the same connection.
     * The view closes alone: its {@link #close()} leaves the client and its other views open, and
     * calls made on it afterwards fail with {@link io.extreme.error.ClientClosedException} (calls
     * already under way finish normally). Closing the client closes every view.
     */
    ExtremeClient withCredentials(UserCredentials credentials);

    /** Reads one event; {@code eventNumber} -1 reads the last one.
     * @deprecated use {@code readEvent(stream, StreamPosition, ReadOptions)}
     */
    @Deprecated
    CompletableFuture<EventReadResult> readEvent(String stream, long eventNumber, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} (1 to {@value #MAX_READ_BATCH}) events from {@code fromEventNumber} on.
     * @deprecated use {@code readStreamSlice(stream, from, ReadOptions) or readStream(stream, from, options)}
     */
    @Deprecated
    CompletableFuture<StreamSlice> readStreamForward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} events from {@code fromEventNumber} back; -1 starts at the last event.
     * @deprecated use {@code readStreamSlice(stream, from, ReadOptions.backward()) or readStream}
     */
    @Deprecated
    CompletableFuture<StreamSlice> readStreamBackward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} events of {@code $all} from {@code position} on.
     * @deprecated use {@code readAllSlice(from, ReadOptions) or readAll(from, options)}
     */
    @Deprecated
    CompletableFuture<AllSlice> readAllForward(Position position, int maxCount, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} events of {@code $all} from {@code position} back; {@link Position#END} starts at the end.
     * @deprecated use {@code readAllSlice(from, ReadOptions.backward()) or readAll}
     */
    @Deprecated
    CompletableFuture<AllSlice> readAllBackward(Position position, int maxCount, boolean resolveLinkTos);

    /** Reads {@code stream} lazily from its first event to its end; see {@link #readStream(String, StreamPosition, ReadOptions)}. */
    EventStream readStream(String stream);

    /**
     * Reads {@code stream} lazily from {@code from}, in {@code options}' direction, a page of
     * {@link ReadOptions#pageSize()} at a time, to its end or {@link ReadOptions#maxCount()} events.
     * Nothing is read before the first event is asked for, and at most one page ahead of the
     * consumer; a missing or soft-deleted stream reads as none, a hard-deleted one fails with
     * {@link StreamDeletedException}; see {@link EventStream}. Each page is a call of its own with
     * {@link ReadOptions#call()}: its user, and a timeout and deadline counted from that page's request.
     *
     * @throws IllegalArgumentException for a forward read from {@link StreamPosition#END} (which
     *                                  names the last event only for a backward read)
     */
    EventStream readStream(String stream, StreamPosition from, ReadOptions options);

    /** Reads {@code $all} lazily from its start to its end; see {@link #readAll(Position, ReadOptions)}. */
    EventStream readAll();

    /**
     * Reads {@code $all} lazily from {@code from}, as {@link #readStream(String, StreamPosition, ReadOptions)}
     * reads a stream; the read ends with the first empty page. Reading {@code $all} takes a user
     * the server lets read it (by default an administrator).
     *
     * @throws IllegalArgumentException for a forward read from {@link Position#END} (valid only backward)
     */
    EventStream readAll(Position from, ReadOptions options);

    /** One page, the first {@link #readStream(String, StreamPosition, ReadOptions)} would fetch: for paging by hand. */
    CompletableFuture<StreamSlice> readStreamSlice(String stream, StreamPosition from, ReadOptions options);

    /** One page, the first {@link #readAll(Position, ReadOptions)} would fetch: for paging by hand. */
    CompletableFuture<AllSlice> readAllSlice(Position from, ReadOptions options);

    /** Reads one event ({@code END}: the last); of {@code options} only resolveLinkTos and the call's settings count. */
    CompletableFuture<EventReadResult> readEvent(String stream, StreamPosition event, ReadOptions options);

    /** Continues a transaction started elsewhere, by its id. */
    Transaction continueTransaction(long transactionId);

    /**
     * Starts building a checkpointed {@link Listener} of {@code stream}: catches up after the
     * checkpoint the read model stored, then follows the stream live, renewing the subscription
     * after a lost connection; see {@link Listener}.
     *
     * @param stream  the stream to follow, for example a category stream {@code $ce-order}
     * @param handler processes one event and returns the new checkpoint
     */
    ListenerBuilder listener(String stream, EventHandler handler);

    /**
     * Starts building a {@link FanoutListener} of {@code stream}: forwards the events written from
     * now on, without checkpoint or catching up; see {@link FanoutListener}.
     *
     * @param stream    the stream whose new events to forward
     * @param forwarder what to do with each new event
     */
    FanoutListenerBuilder fanoutListener(String stream, FanoutListener.Forwarder forwarder);

    /**
     * The typed API with the settings' {@link ExtremeSettings#serialization()}: objects in,
     * objects out, over this client's connection and credentials.
     *
     * @throws ConfigurationException when no serializer is given and no plugin is on the class path
     *                                (settings that name a serializer, or give it options, are checked
     *                                when the client connects)
     */
    TypedClient typed();

    /**
     * The typed API with other serialization settings (another serializer, mapping or policy). Each
     * call makes a new view with its own serializer: keep the view rather than asking again.
     *
     * @throws ConfigurationException as {@link #typed()}
     */
    TypedClient typed(SerializationSettings serialization);

    /**
     * Whether this client has stopped for good: closed by the user, or given up after
     * {@link ExtremeSettings#maxReconnectAttempts()}. A client that is only reconnecting is not closed.
     */
    boolean isClosed();

    /**
     * Closes the connection; pending operations fail with {@link io.extreme.error.ClientClosedException}
     * (a {@link ConnectionClosedException}), and so does every later call, on this client and its
     * views. On a view of {@link #withCredentials}, closes only that view.
     */
    @Override
    void close();
}
