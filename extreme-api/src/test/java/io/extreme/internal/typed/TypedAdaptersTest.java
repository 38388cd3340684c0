package io.extreme.internal.typed;

import static io.extreme.internal.fakes.Fakes.callsTo;
import static io.extreme.internal.typed.TypedFixtures.STREAM;
import static io.extreme.internal.typed.TypedFixtures.event;
import static io.extreme.internal.typed.TypedFixtures.linked;
import static io.extreme.internal.typed.TypedFixtures.serialization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.SubscriptionOptions;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.internal.fakes.Fakes;
import io.extreme.internal.fakes.Fakes.Call;
import io.extreme.internal.typed.TypedFixtures.OrderEvent;
import io.extreme.internal.typed.TypedFixtures.OrderShipped;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.typed.EventDecodingException;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedPersistentListener;
import io.extreme.typed.TypedSubscriptionListener;
import io.extreme.typed.UndecodableEvents;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The raw listeners and handlers that decode for typed ones, and how each applies the undecodable policy. */
class TypedAdaptersTest {
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Fakes.Answer> answers = new ConcurrentHashMap<>(Map.of(
            "settings", args -> ExtremeSettings.defaults()));
    private final ExtremeClient client = Fakes.fake(ExtremeClient.class, calls, answers);
    private final Subscription subscription = Fakes.fake(Subscription.class, calls, Map.of());
    private final PersistentSubscription persistent = Fakes.fake(PersistentSubscription.class, calls, Map.of(
            "ackEventIds", args -> null));
    /** What the typed listeners heard, in order. */
    private final List<Object> heard = new CopyOnWriteArrayList<>();

    private final ResolvedEvent shipped = event(4, "order-shipped", "OrderShipped|order=42");
    /** An event of a type nothing maps, reached through link 17 of $ce-order. */
    private final ResolvedEvent mystery = linked(17, event(3, "Mystery", "Mystery|x=1"));

    private final TypedSubscriptionListener<OrderEvent> listener = new TypedSubscriptionListener<>() {
        @Override
        public void onEvent(Subscription s, TypedEvent<OrderEvent> event) {
            heard.add(event.isDecoded() ? event.data() : event.failure().problem());
        }

        @Override
        public void onLive(Subscription s) {
            heard.add("live");
        }

        @Override
        public void onDropped(Subscription s, DropReason reason, Throwable cause) {
            heard.add(reason);
        }
    };

    private TypedView view(UndecodableEvents policy) {
        return new TypedView(client, serialization(true, policy));
    }

    /** The raw listener the view handed to the client's subscribeToStream. */
    private SubscriptionListener subscribed(UndecodableEvents policy) {
        answers.put("subscribeToStream", args -> CompletableFuture.completedFuture(subscription));
        view(policy).subscribeToStream(STREAM, OrderEvent.class, listener).join();
        Call call = callsTo(calls, "subscribeToStream").get(0);
        assertThat(call.arg(0)).isEqualTo(STREAM);
        assertThat(((SubscriptionOptions) call.arg(1)).resolveLinkTos()).isTrue();
        return (SubscriptionListener) call.arg(2);
    }

    @Test
    void aSubscriptionDeliversDecodedEventsAndPassesLiveAndDropThrough() throws Exception {
        SubscriptionListener raw = subscribed(UndecodableEvents.FAIL);
        raw.onEvent(subscription, shipped);
        raw.onLive(subscription);
        raw.onDropped(subscription, DropReason.UNSUBSCRIBED, null);
        assertThat(heard).containsExactly(new OrderShipped("42"), "live", DropReason.UNSUBSCRIBED);
    }

    @Test
    void underFailAnUndecodableEventThrowsFromTheRawListener() {
        SubscriptionListener raw = subscribed(UndecodableEvents.FAIL);
        assertThatThrownBy(() -> raw.onEvent(subscription, mystery)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("Mystery");
        assertThat(heard).isEmpty();
    }

    @Test
    void underSkipTheTypedListenerNeverHearsIt() throws Exception {
        SubscriptionListener raw = subscribed(UndecodableEvents.SKIP);
        raw.onEvent(subscription, mystery);
        raw.onEvent(subscription, shipped);
        assertThat(heard).containsExactly(new OrderShipped("42"));
    }

    @Test
    void underDeliverRawTheTypedListenerHearsTheFailure() throws Exception {
        subscribed(UndecodableEvents.DELIVER_RAW).onEvent(subscription, mystery);
        assertThat(heard).containsExactly(EventDecodingException.Problem.UNKNOWN_TYPE);
    }

    @Test
    void aCatchUpSubscriptionAlwaysResolvesLinks() throws Exception {
        answers.put("subscribeToStreamFrom", args -> CompletableFuture.completedFuture(null));
        view(UndecodableEvents.FAIL).subscribeToStreamFrom(STREAM, StreamPosition.after(7),
                SubscriptionOptions.DEFAULTS.withResolveLinkTos(false), OrderEvent.class, listener);
        Call call = callsTo(calls, "subscribeToStreamFrom").get(0);
        assertThat(call.args().subList(0, 2)).containsExactly(STREAM, StreamPosition.of(8));
        assertThat(((SubscriptionOptions) call.arg(2)).resolveLinkTos()).isTrue();
        ((SubscriptionListener) call.arg(3)).onEvent(subscription, shipped);
        assertThat(heard).containsExactly(new OrderShipped("42"));
    }

    @Test
    void aHandlerReturnsTheTypedCheckpointOrStepsOverASkippedEvent() throws Exception {
        EventHandler skipping = view(UndecodableEvents.SKIP).handler(OrderEvent.class, event -> {
            heard.add(event.data());
            return 1000 + event.eventNumber();
        });
        assertThat(skipping.handle(shipped)).isEqualTo(1004);
        assertThat(skipping.handle(mystery)).as("the link's number, the one to checkpoint").isEqualTo(17);
        assertThat(heard).containsExactly(new OrderShipped("42"));

        EventHandler failing = view(UndecodableEvents.FAIL).handler(OrderEvent.class, event -> 0);
        assertThatThrownBy(() -> failing.handle(mystery)).isInstanceOf(EventDecodingException.class);
    }

    @Test
    void aPersistentListenerAcksASkippedEventAndLeavesTheRestToTheUser() throws Exception {
        TypedPersistentListener<OrderEvent> typed = new TypedPersistentListener<>() {
            @Override
            public void onEvent(PersistentSubscription s, TypedEvent<OrderEvent> event, int retryCount) {
                heard.add(event.data());
                heard.add(retryCount);
            }

            @Override
            public void onDropped(PersistentSubscription s, DropReason reason, Throwable cause) {
                heard.add(reason);
            }
        };
        PersistentSubscriptionListener raw = view(UndecodableEvents.SKIP).persistentListener(OrderEvent.class, typed);
        raw.onEvent(persistent, shipped, 2);
        assertThat(callsTo(calls, "ackEventIds")).as("the user acks decoded events").isEmpty();

        raw.onEvent(persistent, mystery, 0);
        List<Call> acks = callsTo(calls, "ackEventIds");
        assertThat(acks).hasSize(1);
        assertThat(acks.get(0).arg(0)).isEqualTo(List.of(mystery.originalEvent().eventId()));

        raw.onDropped(persistent, DropReason.SUBSCRIBER_MAX_COUNT_REACHED, null);
        assertThat(heard).containsExactly(new OrderShipped("42"), 2, DropReason.SUBSCRIBER_MAX_COUNT_REACHED);
    }

    @Test
    void aConsumerThatAcksEverythingItselfGetsNoSecondAckForASkippedEvent() throws Exception {
        PersistentSubscriptionListener raw = TypedAdapters.persistent(view(UndecodableEvents.SKIP),
                OrderEvent.class, (s, event, retryCount) -> heard.add(event), false);
        raw.onEvent(persistent, mystery, 0);
        assertThat(callsTo(calls, "ackEventIds")).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void underFailAPersistentListenerThrowsAndAcksNothing() {
        PersistentSubscriptionListener raw = view(UndecodableEvents.FAIL).persistentListener(OrderEvent.class,
                (s, event, retryCount) -> heard.add(event));
        assertThatThrownBy(() -> raw.onEvent(persistent, mystery, 0)).isInstanceOf(EventDecodingException.class);
        assertThat(callsTo(calls, "ackEventIds")).isEmpty();
        assertThat(heard).isEmpty();
    }
}
