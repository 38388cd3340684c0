package io.extreme;

import io.extreme.event.EventData;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.serialization.Serializer;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.typed.EventDecodingException;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventData;
import io.extreme.typed.TypedEventHandler;
import io.extreme.typed.TypedPersistentListener;
import io.extreme.typed.TypedSlice;
import io.extreme.typed.TypedSubscriptionListener;
import io.extreme.typed.UndecodableEvents;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The typed API: append objects, read them back, follow streams with typed handlers. Get one
 * from {@link ExtremeClient#typed()} (the settings' {@link SerializationSettings}) or
 * {@link ExtremeClient#typed(SerializationSettings)}; it shares the client's connection, and the
 * raw byte API stays available beside it. Its calls take the same options as the raw ones
 * ({@link AppendOptions}, {@link ReadOptions}, {@link SubscriptionOptions},
 * {@link PersistentConnectOptions}); reads and subscriptions always resolve links, since a
 * category stream's events are what a read model decodes.
 *
 * <pre>{@code
 * TypedClient orders = client.typed();
 * orders.append("order-42", List.of(new OrderPlaced("42", total),
 *         TypedEventData.of(new OrderPaid("42")).withMetadata(new Audit("alice"))), AppendOptions.expecting(ExpectedVersion.NO_STREAM)).join();
 * List<OrderEvent> history = orders.readStreamSlice("order-42", StreamPosition.START, ReadOptions.DEFAULTS, OrderEvent.class).join().data();
 * client.listener("$ce-order", orders.handler(OrderEvent.class, e -> project(e))).start();
 * }</pre>
 *
 * <p>Reads name the class they want: an event is read as the class its type maps to when that
 * class is the one asked for or a subclass of it (the permitted subclasses of a sealed interface
 * need no registration). What happens to an event that cannot be decoded is the settings'
 * {@link UndecodableEvents} choice.
 *
 * <p>Threads: safe from any thread, as the client is.
 */
public interface TypedClient {
    /** The serialization this view uses. */
    SerializationSettings serialization();

    /** The serializer in use: the one given, or the plugin the settings chose. */
    Serializer serializer();

    /** {@code event} (an object, or a {@link TypedEventData}) as event data, for the raw API. */
    EventData encode(Object event);

    /**
     * {@code event} as {@code as}, whatever the settings' {@link UndecodableEvents}.
     *
     * @throws EventDecodingException when it cannot be decoded
     */
    <T> TypedEvent<T> decode(ResolvedEvent event, Class<T> as);

    /**
     * The metadata of {@code event} read as {@code type} (a JSON object into your record, say);
     * empty when the event has none. {@link TypedEvent#metadata()} holds it read as the settings'
     * metadata class, or {@code null} when the serializer could not read it that way.
     *
     * @throws EventDecodingException (CORRUPT_METADATA) when the serializer cannot read it as {@code type}
     */
    <M> Optional<M> metadata(TypedEvent<?> event, Class<M> type);

    /**
     * Appends objects (or {@link TypedEventData}s) in one write, each serialized and typed by the
     * settings; see {@link ExtremeClient#append(String, List, AppendOptions)}.
     */
    CompletableFuture<WriteResult> append(String stream, List<?> events, AppendOptions options);

    /** Appends objects in one write, whatever the stream's version. */
    default CompletableFuture<WriteResult> append(String stream, List<?> events) {
        return append(stream, events, AppendOptions.DEFAULTS);
    }

    /**
     * Appends objects in one write, whatever the stream's version. To pass options, give the
     * events as a list: an options object among these is refused, not appended as an event.
     */
    default CompletableFuture<WriteResult> append(String stream, Object... events) {
        for (Object event : events) {
            if (event instanceof PerCall<?>) {
                throw new IllegalArgumentException("events must not contain " + event.getClass().getSimpleName()
                        + ": pass the events as a List with the options, append(stream, List.of(...), options)");
            }
        }
        return append(stream, Arrays.asList(events), AppendOptions.DEFAULTS); // a null fails the future, named
    }

    /**
     * One event ({@link StreamPosition#END}: the last), decoded; empty when the stream or event does
     * not exist (or it was skipped). Of the options, the call settings apply.
     */
    <T> CompletableFuture<Optional<TypedEvent<T>>> readEvent(String stream, StreamPosition event, ReadOptions options, Class<T> as);

    /**
     * One page of the stream from {@code from}, decoded: {@link ReadOptions#firstPageSize()} events in
     * {@link ReadOptions#direction()}; see {@link ExtremeClient#readStreamSlice}.
     */
    <T> CompletableFuture<TypedSlice<T>> readStreamSlice(String stream, StreamPosition from, ReadOptions options, Class<T> as);

    /** A volatile subscription with decoded events; see {@link ExtremeClient#subscribeToStream(String, SubscriptionOptions, io.extreme.subscription.SubscriptionListener)}. */
    <T> CompletableFuture<Subscription> subscribeToStream(String stream, SubscriptionOptions options, Class<T> as,
                                                          TypedSubscriptionListener<T> listener);

    /** A volatile subscription with decoded events and the default options. */
    default <T> CompletableFuture<Subscription> subscribeToStream(String stream, Class<T> as, TypedSubscriptionListener<T> listener) {
        return subscribeToStream(stream, SubscriptionOptions.DEFAULTS, as, listener);
    }

    /** A catch-up subscription with decoded events; see {@link ExtremeClient#subscribeToStreamFrom(String, StreamPosition, SubscriptionOptions, io.extreme.subscription.SubscriptionListener)}. */
    <T> CompletableFuture<CatchUpSubscription> subscribeToStreamFrom(String stream, StreamPosition from, SubscriptionOptions options,
                                                                     Class<T> as, TypedSubscriptionListener<T> listener);

    /**
     * A catch-up subscription to {@code $all} with decoded events; see
     * {@link ExtremeClient#subscribeToAllFrom(Position, SubscriptionOptions, io.extreme.subscription.SubscriptionListener)}.
     * EventStore's own events ({@code $}-types such as {@code $metadata} and the links of {@code $}-streams)
     * are passed over without being decoded, so the policy for undecodable events sees only yours.
     */
    <T> CompletableFuture<CatchUpSubscription> subscribeToAllFrom(Position checkpoint, SubscriptionOptions options, Class<T> as,
                                                                  TypedSubscriptionListener<T> listener);

    /** A {@link Listener}'s handler that decodes each event for {@code handler}. */
    <T> EventHandler handler(Class<T> as, TypedEventHandler<T> handler);

    /**
     * Connects a consumer to a persistent subscription group with decoded events; see
     * {@link ExtremeClient#connectToPersistentSubscription(String, String, PersistentConnectOptions, PersistentSubscriptionListener)}.
     * An event the policy skips is acknowledged (once: by the consumer itself with auto-ack).
     */
    <T> CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group,
                                                                                  PersistentConnectOptions options, Class<T> as,
                                                                                  TypedPersistentListener<T> listener);

    /**
     * A persistent subscription listener that decodes each event for {@code listener}, for a
     * consumer connected without auto-ack (the application acknowledges): an event the policy
     * skips is acknowledged here. With auto-ack, use {@link #connectToPersistentSubscription}.
     */
    <T> PersistentSubscriptionListener persistentListener(Class<T> as, TypedPersistentListener<T> listener);
}
