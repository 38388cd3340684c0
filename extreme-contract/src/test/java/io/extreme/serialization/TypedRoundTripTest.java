package io.extreme.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ReadOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.serialization.Shop.Audit;
import io.extreme.serialization.Shop.Line;
import io.extreme.serialization.Shop.OrderCancelled;
import io.extreme.serialization.Shop.OrderEvent;
import io.extreme.serialization.Shop.OrderPlaced;
import io.extreme.serialization.Shop.OrderShipped;
import io.extreme.TypedClient;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventData;
import io.extreme.typed.TypedSlice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Objects in, the same objects out, through each plugin and the testkit over TCP. */
class TypedRoundTripTest {
    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void recordsWithNestedCollectionsTimeValuesAndNullsComeBackEqual(String plugin) {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String stream = Typed.stream("round-trip-" + plugin);
            OrderPlaced placed = Shop.placed("1");
            OrderShipped shipped = new OrderShipped("1", Instant.parse("2026-11-29T08:00:00Z"),
                    List.of(List.of(1, 2), List.of(), List.of(3)));
            Audit audit = new Audit("alice", Instant.parse("2026-11-27T10:15:31Z"));
            UUID id = UUID.randomUUID();

            Typed.get(orders.append(stream, List.of(placed, TypedEventData.of(shipped).withMetadata(audit).withEventId(id), new OrderCancelled("1", null)), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
            TypedSlice<OrderEvent> slice = Typed.get(orders.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class));

            assertThat(slice.data()).containsExactly(placed, shipped, new OrderCancelled("1", null));
            assertThat(slice.events()).extracting(TypedEvent::eventType)
                    .containsExactly("order-placed", "OrderShipped", "OrderCancelled");
            TypedEvent<OrderEvent> withMetadata = slice.events().get(1);
            assertThat(withMetadata.eventId()).isEqualTo(id);
            assertThat(withMetadata.metadata()).isNotNull();
            assertThat(slice.events().get(0).metadata()).isNull();
            if (plugin.equals("kryo")) {
                assertThat(withMetadata.metadata(Audit.class)).isEqualTo(audit); // Kryo knows the class it wrote
            } else {
                assertThat(withMetadata.metadata().toString()).contains("alice"); // JSON metadata reads as a Map
            }
            assertThat(orders.metadata(withMetadata, Audit.class)).contains(audit); // either way, as a record
            assertThat(orders.metadata(slice.events().get(0), Audit.class)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void aLargeEventComesBackWhole(String plugin) {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String stream = Typed.stream("large-" + plugin);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                lines.add(new Line("code-" + i, i, BigDecimal.valueOf(i, 2)));
            }
            OrderPlaced big = new OrderPlaced("big", lines, Map.of(), Set.of(), BigDecimal.TEN,
                    Instant.EPOCH, null, null, null, "x".repeat(1024 * 1024), null);

            Typed.get(orders.append(stream, big));
            OrderPlaced back = Typed.get(orders.readEvent(stream, StreamPosition.of(0), ReadOptions.DEFAULTS, OrderPlaced.class)).orElseThrow().data();

            assertThat(back).isEqualTo(big);
        }
    }

    @ParameterizedTest
    @MethodSource("io.extreme.serialization.Typed#plugins")
    void backwardReadsSingleReadsAndTheRawApiSeeTheSameEvents(String plugin) {
        try (Typed typed = new Typed(plugin)) {
            TypedClient orders = typed.client.typed();
            String stream = Typed.stream("both-apis-" + plugin);
            Typed.get(orders.append(stream, Shop.placed("7"), new OrderCancelled("7", "changed mind")));

            assertThat(Typed.get(orders.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(10), OrderEvent.class)).data())
                    .containsExactly(new OrderCancelled("7", "changed mind"), Shop.placed("7"));
            assertThat(Typed.get(orders.readEvent(stream, StreamPosition.of(1), ReadOptions.DEFAULTS, OrderCancelled.class))).map(TypedEvent::data)
                    .contains(new OrderCancelled("7", "changed mind"));
            assertThat(Typed.get(orders.readEvent(stream, StreamPosition.of(5), ReadOptions.DEFAULTS, OrderEvent.class))).isEmpty();
            List<ResolvedEvent> raw = Typed.get(typed.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events();
            assertThat(orders.decode(raw.get(0), OrderEvent.class).data()).isEqualTo(Shop.placed("7"));
            assertThat(orders.encode(new OrderCancelled("7", "changed mind")).data())
                    .isEqualTo(raw.get(1).event().data());
        }
    }
}
