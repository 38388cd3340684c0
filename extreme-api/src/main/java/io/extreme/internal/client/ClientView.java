package io.extreme.internal.client;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.RawReply;
import io.extreme.ReadOptions;
import io.extreme.Transaction;
import io.extreme.UserCredentials;
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
import io.extreme.internal.listener.FanoutSetup;
import io.extreme.internal.listener.ListenerSetup;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.typed.Serialization;
import io.extreme.internal.typed.TypedView;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.FanoutListenerBuilder;
import io.extreme.subscription.ListenerBuilder;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.TypedClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The {@link ExtremeClient} users hold, for one set of credentials over a {@link ClientCore}. It
 * keeps what every call shares (the core, the credentials, the typed view) and hands each call
 * to the collaborator of its topic: {@link Reads}, {@link Writes}, {@link MetadataOperations},
 * {@link OpenTransaction}, {@link SubscriptionStarts}, the listener setups,
 * {@link PersistentSubscriptions}, {@link RawCommands}. Each checks its arguments, builds its
 * operations with this view's credentials and hands them to the engine.
 */
public final class ClientView implements ExtremeClient {
    private final ClientCore core;
    private final UserCredentials credentials;
    private final boolean requireMaster;
    /** The typed view with the client's serialization, made on first use. */
    private volatile TypedView typed;

    ClientView(ClientCore core, UserCredentials credentials) {
        this.core = core;
        this.credentials = credentials;
        this.requireMaster = core.settings.requireMaster();
    }

    @Override
    public int protocolVersion() {
        return core.engine.protocolVersion();
    }

    @Override
    public boolean isClosed() {
        return core.engine.isClosed();
    }

    @Override
    public TypedClient typed() {
        TypedView view = typed;
        if (view == null) {
            view = new TypedView(this, core.serialization());
            typed = view;
        }
        return view;
    }

    @Override
    public TypedClient typed(SerializationSettings serialization) {
        return new TypedView(this, Serialization.of(serialization));
    }

    @Override
    public ExtremeSettings settings() {
        return core.settings;
    }

    @Override
    public ExtremeClient withCredentials(UserCredentials other) {
        return new ClientView(core, Arguments.notNull(other, "credentials"));
    }

    @Override
    public CompletableFuture<WriteResult> appendToStream(String stream, ExpectedVersion expectedVersion, List<EventData> events) {
        return Writes.append(this, stream, expectedVersion, events);
    }

    @Override
    public CompletableFuture<ConditionalWriteResult> tryAppendToStream(String stream, ExpectedVersion expectedVersion, List<EventData> events) {
        return Writes.conditionalAppend(this, stream, expectedVersion, events, true);
    }

    @Override
    public CompletableFuture<EventReadResult> readEvent(String stream, long eventNumber, boolean resolveLinkTos) {
        return Reads.event(this, stream, eventNumber, resolveLinkTos);
    }

    @Override
    public CompletableFuture<StreamSlice> readStreamForward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos) {
        return Reads.streamForward(this, stream, fromEventNumber, maxCount, resolveLinkTos);
    }

    @Override
    public CompletableFuture<StreamSlice> readStreamBackward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos) {
        return Reads.streamBackward(this, stream, fromEventNumber, maxCount, resolveLinkTos);
    }

    @Override
    public CompletableFuture<AllSlice> readAllForward(Position position, int maxCount, boolean resolveLinkTos) {
        return Reads.allForward(this, position, maxCount, resolveLinkTos);
    }

    @Override
    public CompletableFuture<AllSlice> readAllBackward(Position position, int maxCount, boolean resolveLinkTos) {
        return Reads.allBackward(this, position, maxCount, resolveLinkTos);
    }

    @Override
    public EventStream readStream(String stream) {
        return Reads.stream(this, stream, StreamPosition.START, ReadOptions.DEFAULTS);
    }

    @Override
    public EventStream readStream(String stream, StreamPosition from, ReadOptions options) {
        return Reads.stream(this, stream, from, options);
    }

    @Override
    public EventStream readAll() {
        return Reads.all(this, Position.START, ReadOptions.DEFAULTS);
    }

    @Override
    public EventStream readAll(Position from, ReadOptions options) {
        return Reads.all(this, from, options);
    }

    @Override
    public CompletableFuture<StreamSlice> readStreamSlice(String stream, StreamPosition from, ReadOptions options) {
        return Reads.streamSlice(this, stream, from, options);
    }

    @Override
    public CompletableFuture<AllSlice> readAllSlice(Position from, ReadOptions options) {
        return Reads.allSlice(this, from, options);
    }

    @Override
    public CompletableFuture<EventReadResult> readEvent(String stream, StreamPosition event, ReadOptions options) {
        return Reads.event(this, stream, event, options);
    }

    @Override
    public CompletableFuture<DeleteResult> deleteStream(String stream, ExpectedVersion expectedVersion, boolean hardDelete) {
        return Writes.delete(this, stream, expectedVersion, hardDelete);
    }

    @Override
    public CompletableFuture<StreamMetadataResult> getStreamMetadata(String stream) {
        return MetadataOperations.get(this, stream);
    }

    @Override
    public CompletableFuture<WriteResult> setStreamMetadata(String stream, ExpectedVersion expectedMetastreamVersion, StreamMetadata metadata) {
        return MetadataOperations.set(this, stream, expectedMetastreamVersion, metadata);
    }

    @Override
    public CompletableFuture<Transaction> startTransaction(String stream, ExpectedVersion expectedVersion) {
        return OpenTransaction.start(this, stream, expectedVersion);
    }

    @Override
    public Transaction continueTransaction(long transactionId) {
        return OpenTransaction.resume(this, transactionId);
    }

    @Override
    public CompletableFuture<Subscription> subscribeToStream(String stream, boolean resolveLinkTos, SubscriptionListener listener) {
        return SubscriptionStarts.toStream(this, stream, resolveLinkTos, listener);
    }

    @Override
    public CompletableFuture<Subscription> subscribeToAll(boolean resolveLinkTos, SubscriptionListener listener) {
        return SubscriptionStarts.toAll(this, resolveLinkTos, listener);
    }

    @Override
    public CatchUpSubscription subscribeToStreamFrom(String stream, long lastProcessedEventNumber, CatchUpOptions options,
                                                     SubscriptionListener listener) {
        return SubscriptionStarts.streamFrom(this, stream, lastProcessedEventNumber, options, listener);
    }

    @Override
    public CatchUpSubscription subscribeToAllFrom(Position lastProcessed, CatchUpOptions options, SubscriptionListener listener) {
        return SubscriptionStarts.allFrom(this, lastProcessed, options, listener);
    }

    @Override
    public ListenerBuilder listener(String stream, EventHandler handler) {
        return new ListenerSetup(this, stream, handler);
    }

    @Override
    public FanoutListenerBuilder fanoutListener(String stream, FanoutListener.Forwarder forwarder) {
        return new FanoutSetup(this, stream, forwarder);
    }

    @Override
    public Flow.Publisher<ResolvedEvent> streamPublisher(String stream, long lastProcessedEventNumber, CatchUpOptions options) {
        return SubscriptionStarts.streamPublisher(this, stream, lastProcessedEventNumber, options);
    }

    @Override
    public Flow.Publisher<ResolvedEvent> allPublisher(Position lastProcessed, CatchUpOptions options) {
        return SubscriptionStarts.allPublisher(this, lastProcessed, options);
    }

    @Override
    public CompletableFuture<Void> createPersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings) {
        return PersistentSubscriptions.create(this, stream, group, settings);
    }

    @Override
    public CompletableFuture<Void> updatePersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings) {
        return PersistentSubscriptions.update(this, stream, group, settings);
    }

    @Override
    public CompletableFuture<Void> deletePersistentSubscription(String stream, String group) {
        return PersistentSubscriptions.delete(this, stream, group);
    }

    @Override
    public CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group, int bufferSize,
                                                                                     boolean autoAck,
                                                                                     PersistentSubscriptionListener listener) {
        return PersistentSubscriptions.connect(this, stream, group, bufferSize, autoAck, listener);
    }

    public UserCredentials credentials() {
        return credentials;
    }

    public ClientCore core() {
        return core;
    }

    /** Whether this client's requests must be served by the master; read once from the settings. */
    boolean requireMaster() {
        return requireMaster;
    }

    @Override
    public CompletableFuture<RawReply> execute(int command, byte[] payload, UserCredentials frameCredentials) {
        return RawCommands.execute(this, command, payload, frameCredentials);
    }

    <T> CompletableFuture<T> submit(Operation<T> operation) {
        core.engine.submit(operation);
        return operation.future;
    }

    @Override
    public void close() {
        core.engine.close();
    }
}
