package io.extreme.internal.typed;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.PersistentConnectOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.serialization.Serializer;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Subscription;
import io.extreme.typed.EventDecodingException;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.TypedClient;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventHandler;
import io.extreme.typed.TypedPersistentListener;
import io.extreme.typed.TypedSlice;
import io.extreme.typed.TypedSubscriptionListener;
import io.extreme.typed.UndecodableEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TypedClient} over a raw client: encodes before the raw calls, decodes after them,
 * and applies the settings' {@link UndecodableEvents} in one place ({@link #decided}).
 */
public final class TypedView implements TypedClient {
    private static final Logger log = LoggerFactory.getLogger(TypedView.class);
    /** The typed API always resolves links: a category stream's events are what a read model decodes. */
    private static final SubscriptionOptions RESOLVING = SubscriptionOptions.DEFAULTS.withResolveLinkTos(true);

    private final ExtremeClient client;
    private final Serialization serialization;

    public TypedView(ExtremeClient client, Serialization serialization) {
        this.client = client;
        this.serialization = serialization;
    }

    @Override
    public SerializationSettings serialization() {
        return serialization.settings();
    }

    @Override
    public Serializer serializer() {
        return serialization.serializer();
    }

    @Override
    public EventData encode(Object event) {
        return serialization.encode(event);
    }

    @Override
    public <T> TypedEvent<T> decode(ResolvedEvent event, Class<T> as) {
        return serialization.decode(Objects.requireNonNull(event, "event"), Objects.requireNonNull(as, "as"));
    }

    @Override
    public <M> Optional<M> metadata(TypedEvent<?> event, Class<M> type) {
        return serialization.metadata(Objects.requireNonNull(event, "event").raw(), Objects.requireNonNull(type, "type"));
    }

    @Override
    public CompletableFuture<WriteResult> append(String stream, ExpectedVersion expectedVersion, List<?> events) {
        Objects.requireNonNull(events, "events");
        List<EventData> data = new ArrayList<>(events.size());
        try {
            for (Object event : events) {
                data.add(serialization.encode(event));
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e); // nothing was sent: the whole append fails as one
        }
        return client.append(stream, data, AppendOptions.expecting(expectedVersion));
    }

    @Override
    public <T> CompletableFuture<Optional<TypedEvent<T>>> readEvent(String stream, long eventNumber, Class<T> as) {
        Objects.requireNonNull(as, "as");
        return client.readEvent(stream, eventNumber, true).thenApply(result -> result.status() != ReadStatus.SUCCESS
                || result.event() == null ? Optional.empty() : Optional.ofNullable(decided(result.event(), as)));
    }

    @Override
    public <T> CompletableFuture<TypedSlice<T>> readStreamForward(String stream, long from, int maxCount, Class<T> as) {
        Objects.requireNonNull(as, "as");
        return client.readStreamForward(stream, from, maxCount, true).thenApply(slice -> typed(slice, as));
    }

    @Override
    public <T> CompletableFuture<TypedSlice<T>> readStreamBackward(String stream, long from, int maxCount, Class<T> as) {
        Objects.requireNonNull(as, "as");
        return client.readStreamBackward(stream, from, maxCount, true).thenApply(slice -> typed(slice, as));
    }

    private <T> TypedSlice<T> typed(StreamSlice slice, Class<T> as) {
        List<TypedEvent<T>> events = new ArrayList<>(slice.events().size());
        for (ResolvedEvent event : slice.events()) {
            TypedEvent<T> typed = decided(event, as);
            if (typed != null) {
                events.add(typed);
            }
        }
        return new TypedSlice<>(slice, events);
    }

    @Override
    public <T> CompletableFuture<Subscription> subscribeToStream(String stream, Class<T> as,
                                                                 TypedSubscriptionListener<T> listener) {
        return client.subscribeToStream(stream, RESOLVING, TypedAdapters.subscription(this, as, listener, false));
    }

    @Override
    public <T> CatchUpSubscription subscribeToStreamFrom(String stream, long lastProcessedEventNumber,
                                                         CatchUpOptions options, Class<T> as,
                                                         TypedSubscriptionListener<T> listener) {
        CatchUpOptions resolving = Objects.requireNonNull(options, "options").withResolveLinkTos(true);
        // The raw client's call of the same shape: it returns the handle at once, where the new
        // call's future waits for the first read (and would fail this call on the first bad event).
        return client.subscribeToStreamFrom(stream, lastProcessedEventNumber, resolving,
                TypedAdapters.subscription(this, as, listener, false));
    }

    @Override
    public <T> CatchUpSubscription subscribeToAllFrom(Position lastProcessed, CatchUpOptions options, Class<T> as,
                                                      TypedSubscriptionListener<T> listener) {
        CatchUpOptions resolving = Objects.requireNonNull(options, "options").withResolveLinkTos(true);
        return client.subscribeToAllFrom(lastProcessed, resolving, TypedAdapters.subscription(this, as, listener, true)); // at once, as above
    }

    @Override
    public <T> EventHandler handler(Class<T> as, TypedEventHandler<T> handler) {
        return TypedAdapters.handler(this, as, handler);
    }

    @Override
    public <T> PersistentSubscriptionListener persistentListener(Class<T> as, TypedPersistentListener<T> listener) {
        return TypedAdapters.persistent(this, as, listener, true);
    }

    @Override
    public <T> CompletableFuture<PersistentSubscription> connectToPersistentSubscription(
            String stream, String group, int bufferSize, boolean autoAck, Class<T> as, TypedPersistentListener<T> listener) {
        // With autoAck the consumer acknowledges every event the listener returns from, skipped ones too.
        return client.connectToPersistentSubscription(stream, group,
                PersistentConnectOptions.DEFAULTS.withBufferSize(bufferSize).withAutoAck(autoAck),
                TypedAdapters.persistent(this, as, listener, !autoAck));
    }

    /**
     * {@code event} decoded, or as the policy says when it cannot be: thrown ({@code FAIL}),
     * undecoded ({@code DELIVER_RAW}), or {@code null} ({@code SKIP}, logged).
     */
    <T> TypedEvent<T> decided(ResolvedEvent event, Class<T> as) {
        try {
            return serialization.decode(event, as);
        } catch (EventDecodingException e) {
            UndecodableEvents policy = serialization.settings().undecodable();
            switch (policy) {
                case DELIVER_RAW:
                    return new TypedEvent<>(event, null, null, e);
                case SKIP:
                    log.warn("[{}] skipping an event: {}", client.settings().connectionName(), e.getMessage());
                    return null;
                default:
                    throw e;
            }
        }
    }
}
