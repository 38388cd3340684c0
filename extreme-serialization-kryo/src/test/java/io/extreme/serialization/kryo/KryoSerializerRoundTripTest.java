package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.serialization.kryo.TestEvents.Address;
import io.extreme.serialization.kryo.TestEvents.Currency;
import io.extreme.serialization.kryo.TestEvents.Customer;
import io.extreme.serialization.kryo.TestEvents.Document;
import io.extreme.serialization.kryo.TestEvents.Money;
import io.extreme.serialization.kryo.TestEvents.OrderLine;
import io.extreme.serialization.kryo.TestEvents.Priority;
import io.extreme.serialization.kryo.TestEvents.Times;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KryoSerializerRoundTripTest {
    private final KryoSerializer serializer = TestEvents.serializer();

    private <T> T roundTrip(T value) {
        byte[] bytes = serializer.serialize(value);
        @SuppressWarnings("unchecked")
        T read = (T) serializer.deserialize(bytes, value.getClass());
        assertThat(read).isEqualTo(value);
        // The bytes name their class, so a reader with no type in mind gets the same answer.
        assertThat(serializer.deserialize(bytes, Object.class)).isEqualTo(value);
        return read;
    }

    @Test
    void describesItselfAsBinaryKryo() {
        assertThat(serializer.isJson()).isFalse();
        assertThat(serializer.contentType()).isEqualTo("application/x-kryo");
    }

    @Test
    void recordsWithNestedRecordsImmutableCollectionsOptionalAndEnums() {
        for (int n = 0; n < 6; n++) { // covers both Optional states and both enum shapes
            roundTrip(TestEvents.order(n));
        }
    }

    @Test
    void immutableCollectionsOfRecordsStayImmutableCollections() {
        List<OrderLine> list = List.of(TestEvents.line(1), TestEvents.line(2), TestEvents.line(3));
        assertThat(roundTrip(list).getClass()).isEqualTo(list.getClass());
        roundTrip(List.of(TestEvents.line(1)));
        roundTrip(List.of());
        // A view of a List.of comes back as a List.of of its own: equal, immutable, not a view.
        assertThat(serializer.deserialize(serializer.serialize(list.subList(0, 2)), List.class))
                .isEqualTo(list.subList(0, 2));
        roundTrip(Map.of("a", TestEvents.line(1)));
        roundTrip(Map.of("a", TestEvents.line(1), "b", TestEvents.line(2), "c", TestEvents.line(3)));
        roundTrip(Set.of(TestEvents.line(1), TestEvents.line(2), TestEvents.line(3)));
        roundTrip(IntStream.range(0, 5).mapToObj(TestEvents::line).collect(Collectors.toUnmodifiableList()));
    }

    @Test
    void mutableCollectionsOfRecordsKeepTheirClass() {
        ArrayList<OrderLine> list = new ArrayList<>(List.of(TestEvents.line(1), TestEvents.line(2)));
        assertThat(roundTrip(list)).isInstanceOf(ArrayList.class);
        HashMap<String, Money> map = new HashMap<>(Map.of("x", new Money(BigDecimal.ONE, Currency.USD)));
        assertThat(roundTrip(map)).isInstanceOf(HashMap.class);
        LinkedHashMap<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", 2);
        assertThat(roundTrip(ordered).keySet()).containsExactly("z", "a");
    }

    @Test
    void javaTimeValues() {
        Times times = new Times(
                Instant.parse("2024-02-29T12:34:56.123456789Z"),
                LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999),
                OffsetDateTime.of(2024, 3, 1, 1, 2, 3, 4, ZoneOffset.ofHours(-5)),
                ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
                Duration.ofDays(3).plusNanos(7));
        Times read = roundTrip(times);
        assertThat(read.zonedDateTime().getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        roundTrip(ZoneId.of("America/New_York"));
    }

    @Test
    void jdkValuesOnTheirOwn() {
        roundTrip(new BigDecimal("-12345678901234567890.000000000001"));
        roundTrip(UUID.randomUUID());
        roundTrip(Optional.of(Instant.EPOCH));
        roundTrip(Optional.empty());
        roundTrip(Currency.USD);
        roundTrip(Priority.HIGH);
        roundTrip("just a string");
        roundTrip(new byte[] {1, 2, 3});
        roundTrip(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE});
        assertThat(serializer.deserialize(serializer.serialize(42), int.class)).isEqualTo(42);
        assertThat(serializer.deserialize(serializer.serialize(7L), Long.class)).isEqualTo(7L);
    }

    @Test
    void enumConstantWithABodyComesBackAsTheSameConstant() {
        Priority read = serializer.deserialize(serializer.serialize(Priority.HIGH), Priority.class);
        assertThat(read).isSameAs(Priority.HIGH);
        assertThat(read.weight()).isEqualTo(10);
    }

    @Test
    void nullFields() {
        roundTrip(new Customer(null, null, null));
        roundTrip(new Customer(UUID.randomUUID(), "no address", new Address(null, "Lyon")));
        roundTrip(new OrderLine(null, 0, new Money(null, null)));
    }

    @Test
    void largeEvents() {
        String mebibyte = "x".repeat(1024 * 1024 - 1) + "\u00e9"; // one non-ASCII char, so not the ASCII fast path only
        Document document = new Document("big", mebibyte);
        assertThat(serializer.serialize(document).length).isGreaterThan(1024 * 1024);
        roundTrip(document);

        List<OrderLine> lines = IntStream.range(0, 10_000).mapToObj(TestEvents::line).collect(Collectors.toList());
        assertThat(roundTrip(lines)).hasSize(10_000);
        // The pooled buffer that grew for them is dropped; small events still work.
        roundTrip(TestEvents.order(1));
    }
}
