package io.extreme.typed;

import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.WriteResult;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.serialization.Serializer;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The typed API: append objects, read them back, follow streams with typed handlers. Get one
 * from {@link io.extreme.ExtremeClient#typed()} (the settings' {@link SerializationSettings}) or
 * {@link io.extreme.ExtremeClient#typed(SerializationSettings)}; it shares the client's connection, and the
 * raw byte API stays available beside it.
 *
 * <pre>{@code
 * TypedClient orders = client.typed();
 * orders.append("order-42", ExpectedVersion.NO_STREAM, new OrderPlaced("42", total),
 *         TypedEventData.of(new OrderPaid("42")).withMetadata(new Audit("alice"))).join();
 * List<OrderEvent> history = orders.readStreamForward("order-42", 0, 100, OrderEvent.class).join().data();
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

    /** Appends objects (or {@link TypedEventData}s) in one write, each serialized and typed by the settings. */
    CompletableFuture<WriteResult> append(String stream, ExpectedVersion expectedVersion, List<?> events);

    /** See {@link #append(String, ExpectedVersion, List)}. */
    default CompletableFuture<WriteResult> append(String stream, ExpectedVersion expectedVersion, Object... events) {
        return append(stream, expectedVersion, Arrays.asList(events)); // a null fails the future, named
    }

    /** One event, decoded; empty when the stream or event does not exist (or it was skipped). */
    <T> CompletableFuture<Optional<TypedEvent<T>>> readEvent(String stream, long eventNumber, Class<T> as);

    /** A page of the stream from {@code fromEventNumber} on, decoded (links resolved). */
    <T> CompletableFuture<TypedSlice<T>> readStreamForward(String stream, long fromEventNumber, int maxCount, Class<T> as);

    /** A page of the stream from {@code fromEventNumber} back, decoded (links resolved). */
    <T> CompletableFuture<TypedSlice<T>> readStreamBackward(String stream, long fromEventNumber, int maxCount, Class<T> as);

    /** A volatile subscription with decoded events (links resolved). */
    <T> CompletableFuture<Subscription> subscribeToStream(String stream, Class<T> as, TypedSubscriptionListener<T> listener);

    /** A catch-up subscription with decoded events; see {@link io.extreme.ExtremeClient#subscribeToStreamFrom}. */
    <T> CatchUpSubscription subscribeToStreamFrom(String stream, long lastProcessedEventNumber, CatchUpOptions options,
                                                  Class<T> as, TypedSubscriptionListener<T> listener);

    /**
     * A catch-up subscription to {@code $all} with decoded events; see {@link io.extreme.ExtremeClient#subscribeToAllFrom}.
     * EventStore's own events ({@code $}-types such as {@code $metadata} and the links of {@code $}-streams)
     * are passed over without being decoded, so the policy for undecodable events sees only yours.
     */
    <T> CatchUpSubscription subscribeToAllFrom(Position lastProcessed, CatchUpOptions options, Class<T> as,
                                               TypedSubscriptionListener<T> listener);

    /** A {@link Listener}'s handler that decodes each event for {@code handler}. */
    <T> EventHandler handler(Class<T> as, TypedEventHandler<T> handler);

    /**
     * Connects a consumer to a persistent subscription group with decoded events; see
     * {@link io.extreme.ExtremeClient#connectToPersistentSubscription}. An event the policy skips is
     * acknowledged (once: by the consumer itself when {@code autoAck}).
     */
    <T> CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group,
                                                                                  int bufferSize, boolean autoAck,
                                                                                  Class<T> as,
                                                                                  TypedPersistentListener<T> listener);

    /**
     * A persistent subscription listener that decodes each event for {@code listener}, for a
     * consumer connected without autoAck (the application acknowledges): an event the policy
     * skips is acknowledged here. With autoAck, use {@link #connectToPersistentSubscription}.
     */
    <T> PersistentSubscriptionListener persistentListener(Class<T> as, TypedPersistentListener<T> listener);
}
