package io.extreme.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.RecordedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.serialization.Shop.OrderCancelled;
import io.extreme.serialization.Shop.OrderEvent;
import io.extreme.typed.EventDecodingException;
import io.extreme.TypedClient;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.UndecodableEvents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON flag: JSON events are stored flagged, Kryo events are not (as the server reports them
 * to a raw read), and a stream holding both, plus raw events, reads back with each handled by
 * what it is.
 */
class ContentTypeTest {
    @Test
    void jsonEventsAreFlaggedJsonAndKryoEventsAreNot() {
        try (Typed typed = new Typed("json")) {
            TypedClient json = typed.client.typed();
            TypedClient kryo = typed.client.typed(Typed.settings("kryo"));
            String stream = Typed.stream("flags");
            Typed.get(json.append(stream, new OrderCancelled("1", "json")));
            Typed.get(kryo.append(stream, new OrderCancelled("1", "kryo")));

            List<RecordedEvent> stored = raw(typed, stream);
            assertThat(stored).extracting(RecordedEvent::json).containsExactly(true, false);
            assertThat(stored.get(0).dataAsString()).isEqualTo("{\"orderId\":\"1\",\"reason\":\"json\"}");
            assertThat(json.serializer().contentType()).isEqualTo("application/json");
            assertThat(kryo.serializer().contentType()).isEqualTo("application/x-kryo");
            // each reads its own and, over the whole stream, refuses the other's as the wrong content type
            TypedClient jsonRaw = typed.client.typed(Typed.settings("json").withUndecodable(UndecodableEvents.DELIVER_RAW));
            TypedClient kryoRaw = typed.client.typed(Typed.settings("kryo").withUndecodable(UndecodableEvents.DELIVER_RAW));
            List<TypedEvent<OrderEvent>> byJson = Typed.get(jsonRaw.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class)).events();
            List<TypedEvent<OrderEvent>> byKryo = Typed.get(kryoRaw.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class)).events();
            assertThat(byJson.get(0).data()).isEqualTo(new OrderCancelled("1", "json"));
            assertThat(byJson.get(1).failure().problem()).isEqualTo(EventDecodingException.Problem.WRONG_CONTENT_TYPE);
            assertThat(byKryo.get(0).failure().problem()).isEqualTo(EventDecodingException.Problem.WRONG_CONTENT_TYPE);
            assertThat(byKryo.get(1).data()).isEqualTo(new OrderCancelled("1", "kryo"));
        }
    }

    @Test
    void aMixedStreamReadsBackWithEachEventDecodedTheRightWay() {
        try (Typed json = new Typed("json", s -> s.withUndecodable(UndecodableEvents.DELIVER_RAW))) {
            TypedClient orders = json.client.typed();
            String stream = Typed.stream("mixed");
            byte[] legacy = {0, 1, 2, (byte) 0xFF};
            Typed.get(orders.append(stream, new OrderCancelled("1", "typed")));
            Typed.get(json.client.append(stream, EventData.binary("OrderCancelled", legacy), EventData.json("OrderCancelled", "{\"orderId\":\"2\",\"reason\":\"raw JSON\"}"), EventData.json("legacy-audit", "{\"who\":\"bob\"}")));

            List<TypedEvent<OrderEvent>> events = Typed.get(orders.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), OrderEvent.class))
                    .events();

            assertThat(events).extracting(TypedEvent::isDecoded).containsExactly(true, false, true, false);
            assertThat(events.get(0).data()).isEqualTo(new OrderCancelled("1", "typed"));
            assertThat(events.get(1).failure().problem()).isEqualTo(EventDecodingException.Problem.WRONG_CONTENT_TYPE);
            assertThat(events.get(1).raw().event().data()).isEqualTo(legacy);
            assertThat(events.get(2).data()).isEqualTo(new OrderCancelled("2", "raw JSON"));
            assertThat(events.get(3).failure().problem()).isEqualTo(EventDecodingException.Problem.UNKNOWN_TYPE);
            assertThat(Typed.get(orders.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10), byte[].class)).data())
                    .extracting(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).hasSize(4)
                    .element(3).isEqualTo("{\"who\":\"bob\"}");
        }
    }

    private static List<RecordedEvent> raw(Typed typed, String stream) {
        return Typed.get(typed.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(10))).events().stream()
                .map(e -> e.event()).toList();
    }
}
