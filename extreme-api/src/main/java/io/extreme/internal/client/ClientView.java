package io.extreme.internal.client;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.RawReply;
import io.extreme.Transaction;
import io.extreme.UserCredentials;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.AllSlice;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.DeleteResult;
import io.extreme.event.EventData;
import io.extreme.event.EventReadResult;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.event.WrongExpectedVersionException;
import io.extreme.internal.catchup.AllCatchUp;
import io.extreme.internal.catchup.CatchUpSource;
import io.extreme.internal.catchup.StreamCatchUp;
import io.extreme.internal.listener.FanoutSetup;
import io.extreme.internal.listener.ListenerSetup;
import io.extreme.internal.operation.AppendOperation;
import io.extreme.internal.operation.DeleteOperation;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.operation.PersistentManagementOperation;
import io.extreme.internal.operation.RawOperation;
import io.extreme.internal.operation.ReadAllOperation;
import io.extreme.internal.operation.ReadEventOperation;
import io.extreme.internal.operation.ReadStreamOperation;
import io.extreme.internal.operation.TransactionOperations;
import io.extreme.internal.persistent.PersistentConsumer;
import io.extreme.internal.publisher.CatchUpPublisher;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.internal.subscription.VolatileSubscription;
import io.extreme.internal.typed.Serialization;
import io.extreme.internal.typed.TypedView;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.spi.message.ReadDirection;
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
 * The {@link ExtremeClient} users hold: checks arguments, builds operations with this view's
 * credentials and hands them to the engine.
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
        return append(stream, expectedVersion, events, false).thenApply(outcome -> {
            if (!outcome.isSuccess()) {
                // Only the try form returns conflicts as values; this one never gets here with one.
                throw outcome.status() == ConditionalWriteResult.Status.STREAM_DELETED
                        ? new StreamDeletedException(stream)
                        : new WrongExpectedVersionException(stream, expectedVersion.value(), outcome.currentVersion(), null);
            }
            return outcome.result();
        });
    }

    @Override
    public CompletableFuture<ConditionalWriteResult> tryAppendToStream(String stream, ExpectedVersion expectedVersion, List<EventData> events) {
        return append(stream, expectedVersion, events, true);
    }

    private CompletableFuture<ConditionalWriteResult> append(String stream, ExpectedVersion expectedVersion,
                                                             List<EventData> events, boolean conflictsAsValues) {
        Arguments.stream(stream);
        Arguments.notNull(expectedVersion, "expectedVersion");
        ExtremeSettings s = core.settings;
        Arguments.events(events, s.maxEventSize(), s.maxFrameLength());
        return submit(new AppendOperation(stream, expectedVersion.value(), events, requireMaster, conflictsAsValues, credentials));
    }

    @Override
    public CompletableFuture<EventReadResult> readEvent(String stream, long eventNumber, boolean resolveLinkTos) {
        Arguments.stream(stream);
        Arguments.eventNumber(eventNumber);
        return submit(new ReadEventOperation(stream, eventNumber, resolveLinkTos, requireMaster, credentials));
    }

    @Override
    public CompletableFuture<StreamSlice> readStreamForward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos) {
        Arguments.stream(stream);
        Arguments.fromForward(fromEventNumber);
        Arguments.maxCount(maxCount);
        return submit(new ReadStreamOperation(ReadDirection.FORWARD, stream, fromEventNumber, maxCount, resolveLinkTos,
                requireMaster, credentials));
    }

    @Override
    public CompletableFuture<StreamSlice> readStreamBackward(String stream, long fromEventNumber, int maxCount, boolean resolveLinkTos) {
        Arguments.stream(stream);
        Arguments.fromBackward(fromEventNumber);
        Arguments.maxCount(maxCount);
        return submit(new ReadStreamOperation(ReadDirection.BACKWARD, stream, fromEventNumber, maxCount, resolveLinkTos,
                requireMaster, credentials));
    }

    @Override
    public CompletableFuture<AllSlice> readAllForward(Position position, int maxCount, boolean resolveLinkTos) {
        Arguments.notNull(position, "position");
        Arguments.maxCount(maxCount);
        return submit(new ReadAllOperation(ReadDirection.FORWARD, position, maxCount, resolveLinkTos, requireMaster, credentials));
    }

    @Override
    public CompletableFuture<AllSlice> readAllBackward(Position position, int maxCount, boolean resolveLinkTos) {
        Arguments.notNull(position, "position");
        Arguments.maxCount(maxCount);
        return submit(new ReadAllOperation(ReadDirection.BACKWARD, position, maxCount, resolveLinkTos, requireMaster, credentials));
    }

    @Override
    public CompletableFuture<DeleteResult> deleteStream(String stream, ExpectedVersion expectedVersion, boolean hardDelete) {
        Arguments.stream(stream);
        Arguments.notNull(expectedVersion, "expectedVersion");
        return submit(new DeleteOperation(stream, expectedVersion.value(), hardDelete, requireMaster, credentials));
    }

    @Override
    public CompletableFuture<StreamMetadataResult> getStreamMetadata(String stream) {
        Arguments.stream(stream);
        return MetadataOperations.get(this, stream);
    }

    @Override
    public CompletableFuture<WriteResult> setStreamMetadata(String stream, ExpectedVersion expectedMetastreamVersion, StreamMetadata metadata) {
        Arguments.stream(stream);
        Arguments.notNull(expectedMetastreamVersion, "expectedMetastreamVersion");
        Arguments.notNull(metadata, "metadata");
        return MetadataOperations.set(this, stream, expectedMetastreamVersion, metadata);
    }

    @Override
    public CompletableFuture<Transaction> startTransaction(String stream, ExpectedVersion expectedVersion) {
        Arguments.stream(stream);
        Arguments.notNull(expectedVersion, "expectedVersion");
        return submit(new TransactionOperations.Start(stream, expectedVersion.value(), requireMaster, credentials))
                .thenApply(id -> new OpenTransaction(this, id, stream, expectedVersion.value()));
    }

    @Override
    public Transaction continueTransaction(long transactionId) {
        if (transactionId < 0) {
            throw new IllegalArgumentException("transactionId must be >= 0, was " + transactionId);
        }
        return new OpenTransaction(this, transactionId, null, -2);
    }

    @Override
    public CompletableFuture<Subscription> subscribeToStream(String stream, boolean resolveLinkTos, SubscriptionListener listener) {
        Arguments.stream(stream);
        return subscribe(stream, stream, resolveLinkTos, listener);
    }

    @Override
    public CompletableFuture<Subscription> subscribeToAll(boolean resolveLinkTos, SubscriptionListener listener) {
        return subscribe(SubscribeOperation.ALL, "$all", resolveLinkTos, listener);
    }

    private CompletableFuture<Subscription> subscribe(String wireStream, String name, boolean resolveLinkTos,
                                                      SubscriptionListener listener) {
        Arguments.notNull(listener, "listener");
        VolatileSubscription subscription = new VolatileSubscription(name, listener, core.callbacks,
                core.settings.subscriptionQueueSize(), core.settings.resumeVolatileSubscriptions());
        SubscribeOperation operation = new SubscribeOperation(wireStream, resolveLinkTos, subscription, credentials);
        subscription.onClose(() -> core.engine.unsubscribe(operation));
        core.engine.submit(operation);
        return subscription.started();
    }

    @Override
    public CatchUpSubscription subscribeToStreamFrom(String stream, long lastProcessedEventNumber, CatchUpOptions options,
                                                     SubscriptionListener listener) {
        Arguments.stream(stream);
        if (lastProcessedEventNumber < -1) {
            throw new IllegalArgumentException("lastProcessedEventNumber must be >= 0, or -1 to start from the first event, was "
                    + lastProcessedEventNumber);
        }
        Arguments.notNull(options, "options");
        Arguments.notNull(listener, "listener");
        StreamCatchUp subscription = new StreamCatchUp(catchUpSource(), stream, lastProcessedEventNumber, options, listener, core.callbacks);
        subscription.start();
        return subscription;
    }

    @Override
    public CatchUpSubscription subscribeToAllFrom(Position lastProcessed, CatchUpOptions options, SubscriptionListener listener) {
        Arguments.notNull(options, "options");
        Arguments.notNull(listener, "listener");
        AllCatchUp subscription = new AllCatchUp(catchUpSource(), lastProcessed, options, listener, core.callbacks);
        subscription.start();
        return subscription;
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
        Arguments.stream(stream);
        if (lastProcessedEventNumber < -1) {
            throw new IllegalArgumentException("lastProcessedEventNumber must be >= 0, or -1 to start from the first event, was "
                    + lastProcessedEventNumber);
        }
        Arguments.notNull(options, "options");
        return new CatchUpPublisher(stream, outboxes -> new StreamCatchUp(catchUpSource(), stream, lastProcessedEventNumber, options,
                outboxes, core.callbacks), core.callbacks, options);
    }

    @Override
    public Flow.Publisher<ResolvedEvent> allPublisher(Position lastProcessed, CatchUpOptions options) {
        Arguments.notNull(options, "options");
        return new CatchUpPublisher("$all", outboxes -> new AllCatchUp(catchUpSource(), lastProcessed, options, outboxes, core.callbacks),
                core.callbacks, options);
    }

    @Override
    public CompletableFuture<Void> createPersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings) {
        Arguments.stream(stream);
        Arguments.group(group);
        Arguments.notNull(settings, "settings");
        return submit(PersistentManagementOperation.create(stream, group, settings, credentials));
    }

    @Override
    public CompletableFuture<Void> updatePersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings) {
        Arguments.stream(stream);
        Arguments.group(group);
        Arguments.notNull(settings, "settings");
        return submit(PersistentManagementOperation.update(stream, group, settings, credentials));
    }

    @Override
    public CompletableFuture<Void> deletePersistentSubscription(String stream, String group) {
        Arguments.stream(stream);
        Arguments.group(group);
        return submit(PersistentManagementOperation.delete(stream, group, credentials));
    }

    @Override
    public CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group, int bufferSize,
                                                                                     boolean autoAck,
                                                                                     PersistentSubscriptionListener listener) {
        Arguments.stream(stream);
        Arguments.group(group);
        if (bufferSize < 1) {
            throw new IllegalArgumentException("bufferSize must be at least 1, was " + bufferSize);
        }
        Arguments.notNull(listener, "listener");
        PersistentConsumer consumer = new PersistentConsumer(stream, group, listener, autoAck, core.callbacks);
        SubscribeOperation operation = SubscribeOperation.persistent(stream, group, bufferSize, consumer, credentials);
        consumer.bind(core.engine, operation);
        core.engine.submit(operation);
        return consumer.started();
    }

    public UserCredentials credentials() {
        return credentials;
    }

    public ClientCore core() {
        return core;
    }

    @Override
    public CompletableFuture<RawReply> execute(int command, byte[] payload, UserCredentials frameCredentials) {
        if (command < 0 || command > 255) {
            throw new IllegalArgumentException("command must be 0..255, was " + command);
        }
        Arguments.notNull(payload, "payload");
        if (payload.length > core.settings.maxFrameLength() - 1024) {
            throw new IllegalArgumentException("payload is " + payload.length + " bytes, more than a frame may carry (maxFrameLength "
                    + core.settings.maxFrameLength() + ")");
        }
        return submit(new RawOperation(command, payload, frameCredentials != null ? frameCredentials : credentials))
                .thenApply(frame -> frame == null ? null : new RawReply(frame.command(), frame.correlationId(), frame.payload()));
    }

    CompletableFuture<Void> transactionWrite(long transactionId, List<EventData> events) {
        Arguments.events(events, core.settings.maxEventSize(), core.settings.maxFrameLength());
        return submit(new TransactionOperations.Write(transactionId, events, requireMaster, credentials));
    }

    CompletableFuture<WriteResult> transactionCommit(long transactionId, String stream, long expectedVersion) {
        return submit(new TransactionOperations.Commit(transactionId, stream, expectedVersion, requireMaster, credentials));
    }

    <T> CompletableFuture<T> submit(Operation<T> operation) {
        core.engine.submit(operation);
        return operation.future;
    }

    @Override
    public void close() {
        core.engine.close();
    }

    private CatchUpSource catchUpSource() {
        return new CatchUpSource(this, core.engine, credentials);
    }
}
