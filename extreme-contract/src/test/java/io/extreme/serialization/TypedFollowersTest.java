package io.extreme.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.PersistentConnectOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.contract.Await;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import io.extreme.metadata.StreamMetadata;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.serialization.Shop.OrderCancelled;
import io.extreme.serialization.Shop.OrderEvent;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.TypedClient;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedSubscriptionListener;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed handlers everywhere events are followed: volatile, catch-up, Listener, persistent. */
class TypedFollowersTest {
    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void catchUpAndVolatileSubscriptionsDeliverObjects(String plugin) throws Exception {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String stream = Typed.stream("typed-subscriptions-" + plugin);
            Typed.get(orders.append(stream, Shop.placed("1")));
            List<OrderEvent> caughtUp = new CopyOnWriteArrayList<>();
            List<OrderEvent> live = new CopyOnWriteArrayList<>();
            try (CatchUpSubscription catchUp = orders.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS, OrderEvent.class, (s, e) -> caughtUp.add(e.data())).join();
                 Subscription volatileOne = Typed.get(orders.subscribeToStream(stream, OrderEvent.class,
                         (s, e) -> live.add(e.data())))) {
                Typed.get(orders.append(stream, new OrderCancelled("1", "late")));

                Await.until("both subscriptions saw the cancel", () -> caughtUp.size() == 2 && live.size() == 1);
                assertThat(caughtUp).containsExactly(Shop.placed("1"), new OrderCancelled("1", "late"));
                assertThat(live).containsExactly(new OrderCancelled("1", "late"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void aTypedAllSubscriptionPassesOverEventStoresOwnEvents(String plugin) throws Exception {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String first = Typed.stream("all-a-" + plugin);
            String second = Typed.stream("all-b-" + plugin);
            Typed.get(orders.append(first, Shop.placed("a")));
            Typed.get(typed.client.setStreamMetadata(first, StreamMetadata.builder().maxCount(10).build())); // a $metadata event in $$stream
            Typed.get(orders.append(second, new OrderCancelled("b", null)));
            List<String> drops = new CopyOnWriteArrayList<>();
            List<OrderEvent> seen = new CopyOnWriteArrayList<>();
            try (CatchUpSubscription all = orders.subscribeToAllFrom(Position.START, SubscriptionOptions.DEFAULTS, OrderEvent.class, new TypedSubscriptionListener<OrderEvent>() {
                        @Override
                        public void onEvent(Subscription s, TypedEvent<OrderEvent> e) {
                            seen.add(e.data());
                        }

                        @Override
                        public void onDropped(Subscription s, DropReason reason, Throwable cause) {
                            drops.add(reason + ": " + cause);
                        }
                    }).join()) {
                Await.until("both orders from $all", () -> seen.size() >= 2 || !drops.isEmpty());
                assertThat(drops).isEmpty();
                assertThat(seen).containsExactly(Shop.placed("a"), new OrderCancelled("b", null));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void aListenerWithATypedHandlerCheckpointsItsEvents(String plugin) throws Exception {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String stream = Typed.stream("typed-listener-" + plugin);
            Typed.get(orders.append(stream, Shop.placed("2"), new OrderCancelled("2", null)));
            List<TypedEvent<OrderEvent>> handled = new CopyOnWriteArrayList<>();
            Listener listener = Typed.get(typed.client.listener(stream, orders.handler(OrderEvent.class, event -> {
                handled.add(event);
                return event.eventNumber();
            })).start());
            try {
                Await.until("the listener handled both", () -> handled.size() == 2);
                assertThat(handled).extracting(TypedEvent::data).containsExactly(Shop.placed("2"),
                        new OrderCancelled("2", null));
                Await.until("the checkpoint moved to 1", () -> listener.lastProcessedEventNumber().equals(OptionalLong.of(1)));
            } finally {
                listener.close();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void aPersistentConsumerWithATypedListenerGetsObjects(String plugin) throws Exception {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String stream = Typed.stream("typed-persistent-" + plugin);
            Typed.get(typed.client.createPersistentSubscription(stream, "billing",
                    PersistentSubscriptionSettings.defaults().withStartFrom(0)));
            Typed.get(orders.append(stream, Shop.placed("3")));
            List<OrderEvent> got = new CopyOnWriteArrayList<>();
            PersistentSubscription consumer = Typed.get(orders.connectToPersistentSubscription(stream, "billing", PersistentConnectOptions.DEFAULTS, OrderEvent.class, (s, event, retries) -> got.add(event.data())));
            try {
                Await.until("the consumer got the order", () -> got.size() == 1);
                assertThat(got).containsExactly(Shop.placed("3"));
            } finally {
                consumer.close();
            }
        }
    }
}
