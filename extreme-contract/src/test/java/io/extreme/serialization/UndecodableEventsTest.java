package io.extreme.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ReadOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.contract.Await;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.serialization.SerializationException;
import io.extreme.serialization.Shop.OrderCancelled;
import io.extreme.serialization.Shop.OrderEvent;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.typed.EventDecodingException;
import io.extreme.TypedClient;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedSubscriptionListener;
import io.extreme.typed.UndecodableEvents;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Events that cannot be decoded: a clear error, and the read or subscription goes on where the user chose. */
class UndecodableEventsTest {
    @Test
    void anUnknownTypeFailsTheReadNamingTheEventByDefault() {
        try (Typed typed = new Typed("json")) {
            String stream = Typed.stream("unknown-type");
            Typed.get(typed.client.append(stream, EventData.json("OrderRefunded", "{}")));

            assertThatThrownBy(() -> typed.client.typed().readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class)
                    .get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(EventDecodingException.class)
                    .hasMessageContaining("0@" + stream).hasMessageContaining("'OrderRefunded'")
                    .hasMessageContaining("UNKNOWN_TYPE").hasMessageContaining(OrderEvent.class.getName());
        }
    }

    @Test
    void corruptBytesFailNamingTheEventAndTheClass() {
        try (Typed typed = new Typed("json")) {
            String stream = Typed.stream("corrupt");
            Typed.get(typed.client.append(stream, EventData.json("OrderCancelled", "{\"orderId\":")));

            CompletableFuture<?> read = typed.client.typed().readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class);

            assertThatThrownBy(() -> read.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(EventDecodingException.class)
                    .hasMessageContaining("CORRUPT_DATA").hasMessageContaining(OrderCancelled.class.getName());
        }
    }

    @Test
    void aClassKryoWasNotToldAboutFailsTheAppendAndWritesNothing() {
        try (Typed typed = new Typed("kryo", s -> s.withOption("classes", OrderCancelled.class.getName()))) {
            String stream = Typed.stream("unregistered");
            CompletableFuture<?> append = typed.client.typed().append(stream, new OrderCancelled("1", "registered"), Shop.placed("1"));

            assertThatThrownBy(() -> append.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(SerializationException.class).hasMessageContaining(Shop.OrderPlaced.class.getName());
            assertThat(Typed.get(typed.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events()).isEmpty();
        }
    }

    @Test
    void underFailACatchUpDropsWithTheDecodingErrorAndUnderSkipItGoesOn() throws Exception {
        try (Typed failing = new Typed("json");
             Typed skipping = new Typed("json", s -> s.withUndecodable(UndecodableEvents.SKIP))) {
            for (Typed typed : List.of(failing, skipping)) {
                String stream = Typed.stream("policy");
                Typed.get(typed.client.append(stream, EventData.json("OrderCancelled", "{\"orderId\":\"1\"}"), EventData.json("Mystery", "{}"), EventData.json("OrderCancelled", "{\"orderId\":\"2\"}")));
                Recorder recorder = new Recorder();
                try (CatchUpSubscription ignored = typed.client.typed().subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS, OrderEvent.class, recorder).join()) {
                    if (typed == failing) {
                        Await.until("the drop", () -> !recorder.drops.isEmpty());
                        assertThat(recorder.drops).containsExactly(DropReason.HANDLER_ERROR);
                        assertThat(recorder.causes.get(0)).isInstanceOf(EventDecodingException.class)
                                .hasMessageContaining("'Mystery'");
                        assertThat(recorder.seen).containsExactly(new OrderCancelled("1", null));
                    } else {
                        Await.until("both orders", () -> recorder.seen.size() == 2);
                        assertThat(recorder.seen).containsExactly(new OrderCancelled("1", null),
                                new OrderCancelled("2", null));
                        assertThat(recorder.drops).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aListenerUnderSkipMovesItsCheckpointPastTheUndecodableEvent() throws Exception {
        try (Typed typed = new Typed("json", s -> s.withUndecodable(UndecodableEvents.SKIP))) {
            String stream = Typed.stream("listener-skip");
            Typed.get(typed.client.append(stream, EventData.json("Mystery", "{}"), EventData.binary("OrderCancelled", new byte[] {1, 2, 3}), EventData.json("OrderCancelled", "{\"orderId\":\"3\"}")));
            List<OrderEvent> handled = new CopyOnWriteArrayList<>();
            TypedClient orders = typed.client.typed();
            Listener listener = Typed.get(typed.client.listener(stream, orders.handler(OrderEvent.class, e -> {
                handled.add(e.data());
                return e.eventNumber();
            })).start());
            try {
                Await.until("the checkpoint at 2", () -> listener.lastProcessedEventNumber().equals(OptionalLong.of(2)));
                assertThat(handled).containsExactly(new OrderCancelled("3", null));
            } finally {
                listener.close();
            }
        }
    }

    /** Records what a typed subscription hears. */
    private static final class Recorder implements TypedSubscriptionListener<OrderEvent> {
        final List<OrderEvent> seen = new CopyOnWriteArrayList<>();
        final List<DropReason> drops = new CopyOnWriteArrayList<>();
        final List<Throwable> causes = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(Subscription subscription, TypedEvent<OrderEvent> event) {
            seen.add(event.data());
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            if (reason != DropReason.UNSUBSCRIBED) {
                drops.add(reason);
                causes.add(cause);
            }
        }
    }
}
