package io.extreme.internal.client;

import io.extreme.AppendOptions;
import io.extreme.CallOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.ProtocolVersion;
import io.extreme.SubscriptionOptions;
import io.extreme.internal.operation.CallLimits;
import io.extreme.internal.operation.ClientFuture;
import io.extreme.ExtremeSettings;
import io.extreme.RawReply;
import io.extreme.Transaction;
import io.extreme.UserCredentials;
import io.extreme.error.ClientClosedException;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.DeleteResult;
import io.extreme.event.EventData;
import io.extreme.event.Position;
import io.extreme.event.WriteResult;
import io.extreme.internal.listener.FanoutSetup;
import io.extreme.internal.listener.ListenerSetup;
import io.extreme.internal.operation.Operation;
import io.extreme.internal.typed.Serialization;
import io.extreme.internal.typed.TypedView;
import io.extreme.metadata.StreamMetadata;
import io.extreme.metadata.StreamMetadataResult;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.FanoutListenerBuilder;
import io.extreme.subscription.ListenerBuilder;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.typed.SerializationSettings;
import io.extreme.TypedClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link ExtremeClient} users hold, for one set of credentials over a {@link ClientCore}: it
 * keeps what every call shares and hands each call to the collaborator of its topic ({@link Reads},
 * {@link Writes}, {@link SubscriptionStarts}...), which checks it and builds its operations. The
 * Listener's catch-up start is given from here too: only the engine can hand out a handle before it is in place.
 */
public final class ClientView implements ReadCalls, SubscriptionCalls {
    private final ClientCore core;
    private final UserCredentials credentials;
    private final boolean requireMaster;
    /** The call settings this view applies to each operation; {@link CallOptions#DEFAULTS} for users' views. */
    private final CallOptions call;
    /** The typed view with the client's serialization, made on first use. */
    private volatile TypedView typed;
    /** Whether this view (of {@link #withCredentials}) was closed; null for the client itself, whose close ends all. */
    private final AtomicBoolean viewClosed;
    /** Whether this is the client's own view ({@link #internal()}), whose operations are {@linkplain Operation#reserved reserved}. */
    private final boolean internal;

    ClientView(ClientCore core, UserCredentials credentials) {
        this(core, credentials, core.settings.requireMaster(), CallOptions.DEFAULTS, null, false);
    }

    private ClientView(ClientCore core, UserCredentials credentials, boolean requireMaster, CallOptions call,
                       AtomicBoolean viewClosed, boolean internal) {
        this.core = core;
        this.credentials = credentials;
        this.requireMaster = requireMaster;
        this.call = call;
        this.viewClosed = viewClosed;
        this.internal = internal;
    }

    /**
     * This view as the client uses it for itself (catch-ups' reads and subscriptions, Listeners):
     * the same user, settings and close, its operations admitted past a full queue, so that users'
     * calls filling it do not end the subscriptions the client keeps for them.
     */
    ClientView internal() {
        return internal ? this : new ClientView(core, credentials, requireMaster, call, viewClosed, true);
    }

    /** The view a call with {@code options} runs on: their user, require-master, timeout and deadline over this view's; this one when none is set. */
    ClientView with(CallOptions options) {
        Arguments.notNull(options, "options");
        if (options.equals(CallOptions.DEFAULTS)) {
            return this;
        }
        return new ClientView(core, options.credentials().orElse(credentials), options.requireMaster().orElse(requireMaster),
                options, viewClosed, internal);
    }

    /** The limits for an operation submitted now through this view. */
    CallLimits limits() {
        return call == CallOptions.DEFAULTS ? CallLimits.NONE : CallLimits.of(call);
    }

    @Override
    public ProtocolVersion protocol() {
        int negotiated = core.engine.protocolVersion();
        return negotiated == 0 ? core.settings.protocol() : ProtocolVersion.of(negotiated);
    }

    @Override
    public boolean isClosed() {
        return core.engine.isClosed() || viewClosed != null && viewClosed.get();
    }

    @Override
    public TypedClient typed() {
        TypedView view = typed;
        if (view == null) {
            typed = view = new TypedView(this, core.serialization()); // two threads may each make one: either serves
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
        return new ClientView(core, Arguments.notNull(other, "credentials"), requireMaster, CallOptions.DEFAULTS, new AtomicBoolean(),
                false);
    }

    @Override
    public Transaction continueTransaction(long transactionId) {
        return OpenTransaction.resume(this, transactionId);
    }

    @Override
    public ListenerBuilder listener(String stream, EventHandler handler) {
        return new ListenerSetup(internal(), internal()::catchUpAtOnce, stream, handler);
    }

    @Override
    public FanoutListenerBuilder fanoutListener(String stream, FanoutListener.Forwarder forwarder) {
        return new FanoutSetup(internal(), stream, forwarder);
    }

    @Override
    public CompletableFuture<WriteResult> append(String stream, List<EventData> events, AppendOptions options) {
        Arguments.notNull(options, "options");
        return Writes.append(with(options.call()), stream, options.expectedVersion(), events);
    }

    @Override
    public CompletableFuture<ConditionalWriteResult> tryAppend(String stream, List<EventData> events, AppendOptions options) {
        Arguments.notNull(options, "options");
        return Writes.conditionalAppend(with(options.call()), stream, options.expectedVersion(), events, true);
    }

    @Override
    public CompletableFuture<DeleteResult> delete(String stream, DeleteOptions options) {
        Arguments.notNull(options, "options");
        return Writes.delete(with(options.call()), stream, options.expectedVersion(), options.isHard());
    }

    @Override
    public CompletableFuture<StreamMetadataResult> getStreamMetadata(String stream, CallOptions options) {
        return MetadataOperations.get(with(options), stream);
    }

    @Override
    public CompletableFuture<WriteResult> setStreamMetadata(String stream, StreamMetadata metadata, AppendOptions options) {
        Arguments.notNull(options, "options");
        return MetadataOperations.set(with(options.call()), stream, options.expectedVersion(), metadata);
    }

    @Override
    public CompletableFuture<Transaction> startTransaction(String stream, AppendOptions options) {
        Arguments.notNull(options, "options");
        return OpenTransaction.start(with(options.call()), stream, options.expectedVersion());
    }

    /**
     * A catch-up on {@code stream} after {@code lastProcessed} (-1: from the first event), its handle
     * at once, before the server answered: for the Listener's attempts and the engine's own tests,
     * which must be able to end it before then. Not part of the API users see.
     */
    public CatchUpSubscription catchUpAtOnce(String stream, long lastProcessed, CatchUpOptions options, SubscriptionListener listener) {
        return SubscriptionStarts.streamAfter(this, stream, lastProcessed, options, listener);
    }

    /** A catch-up on {@code $all} after {@code checkpoint}, its handle at once; see the stream form. */
    public CatchUpSubscription catchUpAtOnce(Position checkpoint, CatchUpOptions options, SubscriptionListener listener) {
        return SubscriptionStarts.allFrom(this, checkpoint, SubscriptionOptions.DEFAULTS.withCatchUp(options), listener);
    }

    @Override
    public CompletableFuture<RawReply> execute(int command, byte[] payload, CallOptions options) {
        ClientView view = with(options);
        return RawCommands.execute(view, command, payload, view.credentials());
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

    /**
     * Hands {@code operation} to the engine with this call's limits, or fails it at once when this
     * view was closed. The caller gets a copy of the engine's future: cancelling it withdraws the operation.
     */
    <T> CompletableFuture<T> submit(Operation<T> operation) {
        CompletableFuture<T> copy = ClientFuture.dependent(operation.future, () -> core.engine.cancel(operation));
        if (viewClosed != null && viewClosed.get()) {
            operation.fail(core.callbacks, new ClientClosedException("Cannot " + operation.describe()
                    + ": this view of the client was closed; the client itself is open."));
        } else {
            operation.limits = limits();
            operation.reserved = internal;
            core.engine.submit(operation);
        }
        return copy;
    }

    /** Closes the client, or only this view of it when it came from {@link #withCredentials}; see {@link ClientClose}. */
    @Override
    public CompletableFuture<Void> closeAsync() {
        return core.closing.start(viewClosed);
    }

    @Override
    public void close() {
        core.closing.closeAndWait(viewClosed);
    }
}
