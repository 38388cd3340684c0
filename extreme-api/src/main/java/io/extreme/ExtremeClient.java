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
public interface ExtremeClient extends AutoCloseable {
    /** The largest page a read may ask for: the server refuses more (the same as {@link CatchUpOptions#MAX_READ_BATCH}). */
    int MAX_READ_BATCH = CatchUpOptions.MAX_READ_BATCH;

    /** The settings this client was made with. */
    ExtremeSettings settings();

    /** A view of this client whose operations carry {@code credentials}; closing the view closes the client. */
    ExtremeClient withCredentials(UserCredentials credentials);

    /** Appends events; fails with {@link WrongExpectedVersionException} or {@link StreamDeletedException} on a conflict. */
    CompletableFuture<WriteResult> appendToStream(String stream, ExpectedVersion expectedVersion, List<EventData> events);

    /** Appends one or more events. */
    default CompletableFuture<WriteResult> appendToStream(String stream, ExpectedVersion expectedVersion, EventData... events) {
        return appendToStream(stream, expectedVersion, List.of(events));
    }

    /** Appends events and reports a version conflict or a deleted stream as a value, not an exception. */
    CompletableFuture<ConditionalWriteResult> tryAppendToStream(String stream, ExpectedVersion expectedVersion, List<EventData> events);

    /** Reads one event; {@code eventNumber} -1 reads the last one. */
    CompletableFuture<EventReadResult> readEvent(String stream, long eventNumber, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} (1 to {@value #MAX_READ_BATCH}) events from {@code fromEventNumber} on. */
    CompletableFuture<StreamSlice> readStreamForward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} events from {@code fromEventNumber} back; -1 starts at the last event. */
    CompletableFuture<StreamSlice> readStreamBackward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} events of {@code $all} from {@code position} on. */
    CompletableFuture<AllSlice> readAllForward(Position position, int maxCount, boolean resolveLinkTos);

    /** Reads up to {@code maxCount} events of {@code $all} from {@code position} back; {@link Position#END} starts at the end. */
    CompletableFuture<AllSlice> readAllBackward(Position position, int maxCount, boolean resolveLinkTos);

    /** Reads {@code stream} lazily from its first event to its end; see {@link #readStream(String, StreamPosition, ReadOptions)}. */
    EventStream readStream(String stream);

    /** Reads {@code stream} lazily, a page at a time, from {@code from} ({@code END} only backward); see {@link EventStream}. */
    EventStream readStream(String stream, StreamPosition from, ReadOptions options);

    /** Reads {@code $all} lazily from its start to its end; see {@link #readAll(Position, ReadOptions)}. */
    EventStream readAll();

    /** Reads {@code $all} lazily, a page at a time, from {@code from} ({@code END} only backward); see {@link EventStream}. */
    EventStream readAll(Position from, ReadOptions options);

    /** One page, the first {@link #readStream(String, StreamPosition, ReadOptions)} would fetch: for paging by hand. */
    CompletableFuture<StreamSlice> readStreamSlice(String stream, StreamPosition from, ReadOptions options);

    /** One page, the first {@link #readAll(Position, ReadOptions)} would fetch: for paging by hand. */
    CompletableFuture<AllSlice> readAllSlice(Position from, ReadOptions options);

    /** Reads one event ({@code END}: the last); of {@code options} only resolveLinkTos and the call's settings count. */
    CompletableFuture<EventReadResult> readEvent(String stream, StreamPosition event, ReadOptions options);

    /**
     * Deletes a stream. A soft delete hides its events and lets it be written again, numbering
     * on; a hard delete leaves a tombstone: the stream can never be read or written again.
     */
    CompletableFuture<DeleteResult> deleteStream(String stream, ExpectedVersion expectedVersion, boolean hardDelete);

    /** Reads a stream's metadata. */
    CompletableFuture<StreamMetadataResult> getStreamMetadata(String stream);

    /** Writes a stream's metadata; the expected version is that of its metadata stream. */
    CompletableFuture<WriteResult> setStreamMetadata(String stream, ExpectedVersion expectedMetastreamVersion, StreamMetadata metadata);

    /** Starts an explicit transaction; the expected version is checked at commit. */
    CompletableFuture<Transaction> startTransaction(String stream, ExpectedVersion expectedVersion);

    /** Continues a transaction started elsewhere, by its id. */
    Transaction continueTransaction(long transactionId);

    /**
     * Subscribes to the events written to {@code stream} from now on. The future completes when
     * the server confirms; the listener then gets each new event, in order, and exactly one
     * {@link SubscriptionListener#onDropped} at the end. A refusal fails the future and is also
     * reported to {@code onDropped}. A lost connection ends it with
     * {@link DropReason#CONNECTION_CLOSED}, unless {@link ExtremeSettings#resumeVolatileSubscriptions()}
     * is set: it then subscribes again after the reconnect (missing what was written meanwhile).
     */
    CompletableFuture<Subscription> subscribeToStream(String stream, boolean resolveLinkTos, SubscriptionListener listener);

    /** Subscribes to every event written to {@code $all} from now on; see {@link #subscribeToStream}. */
    CompletableFuture<Subscription> subscribeToAll(boolean resolveLinkTos, SubscriptionListener listener);

    /**
     * Catches up on {@code stream} from a checkpoint, then follows it live: the listener gets
     * every event after {@code lastProcessedEventNumber} (-1: from the first event), in order,
     * exactly once, then {@link SubscriptionListener#onLive} once, then new events as they are
     * written. A missing or soft-deleted stream is waited for; a hard-deleted one ends the
     * subscription with {@link DropReason#STREAM_DELETED}. Starts at once; problems reach
     * {@link SubscriptionListener#onDropped}.
     *
     * <p>A lost connection does not end it: after the reconnect it reads on from the last event
     * it delivered and subscribes again, so the handler still sees each event once, in order, and
     * hears one drop only when the subscription ends for good (closed, or the client gave up).
     * While live, a watchdog ({@link CatchUpOptions#watchdog()}) notices a subscription the server
     * stopped feeding while the stream moved on, and subscribes again from the last event.
     */
    CatchUpSubscription subscribeToStreamFrom(String stream, long lastProcessedEventNumber, CatchUpOptions options,
                                              SubscriptionListener listener);

    /**
     * Catches up on {@code $all} after {@code lastProcessed} ({@code null}: from the start), then
     * follows it live; see {@link #subscribeToStreamFrom}.
     */
    CatchUpSubscription subscribeToAllFrom(Position lastProcessed, CatchUpOptions options, SubscriptionListener listener);

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
     * A catch-up subscription to {@code stream} as a {@link Flow.Publisher}, with the guarantees of
     * {@link #subscribeToStreamFrom}: every event after {@code lastProcessedEventNumber} (-1: from
     * the first), in order, exactly once, then new events as they are written.
     *
     * <p>The publisher is cold: each {@link Flow.Publisher#subscribe subscribe} starts a catch-up of
     * its own. The subscriber's demand paces it: events are read only as they are asked for (at most
     * one read batch ahead of the demand), and while live, events that come with no demand wait in a
     * queue of {@link CatchUpOptions#queueSize} at most; when it is full the subscription lets the
     * live feed go and reads again once there is demand. Memory stays bounded whatever the subscriber
     * does, and nothing is lost or comes twice.
     *
     * <p>Signals follow the Reactive Streams rules: {@code onSubscribe} first, then {@code onNext} one
     * at a time on the client's callback executor (never on an I/O thread). The {@link Flow.Subscription}
     * is also a {@link CatchUpSubscription}, to look at its progress ({@code isLive},
     * {@code maxQueuedEvents}...). {@code request(n)} with n &lt;= 0 signals
     * {@link IllegalArgumentException} (rule 3.9). {@code cancel} stops reading and unsubscribes, and
     * nothing is signalled after it. A subscriber that throws from {@code onNext} is treated as
     * cancelled (rule 2.13). Any other end is {@code onError}: a hard-deleted stream with
     * {@link StreamDeletedException}, a refused user with {@link AccessDeniedException}, a closed
     * client with {@link ConnectionClosedException}...; events already queued go first, so the error
     * comes once the subscriber has asked for them (a bad request's error comes at once).
     *
     * <p>No request, no read: at most one read batch is fetched ahead of the demand (the first one
     * as soon as {@code subscribe} is called, which is also how a missing permission or a deleted
     * stream is found out before any demand).
     *
     * <p>The publisher never calls {@code onComplete}: an event stream has no last event. Cancel to stop.
     */
    Flow.Publisher<ResolvedEvent> streamPublisher(String stream, long lastProcessedEventNumber, CatchUpOptions options);

    /**
     * A catch-up subscription to {@code $all} after {@code lastProcessed} ({@code null}: from the
     * start) as a {@link Flow.Publisher}; see {@link #streamPublisher} for its demand, queue and
     * signals. It never completes.
     */
    Flow.Publisher<ResolvedEvent> allPublisher(Position lastProcessed, CatchUpOptions options);

    /**
     * Creates a persistent subscription group on {@code stream}. Fails with
     * {@link PersistentSubscriptionAlreadyExistsException}, {@link AccessDeniedException} (EventStore 4.1
     * lets only {@code $admins} create groups) or
     * {@link PersistentSubscriptionFailedException} with the server's reason.
     */
    CompletableFuture<Void> createPersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings);

    /** Changes a group's settings; connected consumers are dropped and connect again. Fails with
     * {@link PersistentSubscriptionNotFoundException} when there is no such group. */
    CompletableFuture<Void> updatePersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings);

    /** Deletes a group; connected consumers are dropped. Fails with {@link PersistentSubscriptionNotFoundException}. */
    CompletableFuture<Void> deletePersistentSubscription(String stream, String group);

    /**
     * Connects a consumer to a persistent subscription group. The server pushes it events, at most
     * {@code bufferSize} unacknowledged at once; with {@code autoAck} each event is acknowledged
     * when the handler returns, else the handler acks or nacks through the subscription. The
     * future completes when the server confirms; a refusal (no such group, access denied, too many
     * consumers) fails it and is reported to {@code onDropped}.
     */
    CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group, int bufferSize,
                                                                              boolean autoAck,
                                                                              PersistentSubscriptionListener listener);

    /**
     * Sends any command with any payload, as it is, and completes with the first frame the
     * server answers with, as a {@link RawReply}, under the same correlation id (which may be a BadRequest,
     * NotAuthenticated or NotHandled: nothing is interpreted). For commands that get no answer
     * (acks, naks) the future completes with {@code null} once the frame is sent.
     *
     * @param command     the command code, 0 to 255
     * @param payload     the payload, for example a serialized protobuf message
     * @param credentials credentials for this frame, or {@code null} for the client's default
     */
    CompletableFuture<RawReply> execute(int command, byte[] payload, UserCredentials credentials);

    /**
     * The protocol version spoken on the current (or last) connection: 3 or 4; 0 before the first
     * connection's handshake. With protocol {@code auto} the server's answer to IdentifyClient
     * decided it; a reconnect to the same node keeps it.
     */
    int protocolVersion();

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

    /** Closes the connection; pending operations fail with {@link ConnectionClosedException}. */
    @Override
    void close();
}
