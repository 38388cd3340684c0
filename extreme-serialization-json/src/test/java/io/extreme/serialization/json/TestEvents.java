package io.extreme.serialization.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The event classes the tests write and read: shapes a real event model has. */
final class TestEvents {
    private TestEvents() {
    }

    enum Currency { EUR, USD }

    record Money(BigDecimal amount, Currency currency) {
    }

    record Address(String street, String city) {
    }

    record Customer(UUID id, String name, Address address) {
    }

    record OrderLine(String sku, int quantity, Money price) {
    }

    /** Nested records, collections of records, an enum, an optional and a nullable field. */
    record OrderPlaced(UUID orderId, Customer customer, List<OrderLine> lines,
                       Map<String, OrderLine> linesBySku, Set<Address> deliveryAddresses,
                       Optional<String> couponCode, String note, Money total) {
    }

    record Timings(Instant at, LocalDate day, LocalDateTime local, OffsetDateTime offset,
                   ZonedDateTime zoned, Duration took) {
    }

    record Stamped(Instant at) {
    }

    record OptionalFields(Optional<String> present, Optional<String> absent, Optional<Integer> count) {
    }

    record Note(String text) {
    }

    record Batch(String name, List<OrderLine> lines) {
    }

    /** A newer version of {@link Note}, with a field old readers do not know. */
    record NoteV2(String text, String author, List<String> tags) {
    }

    /** A bean whose getter fails, so Jackson cannot write it. */
    static final class Unwritable {
        public String getReason() {
            throw new IllegalStateException("the reason cannot be read");
        }
    }

    static OrderLine line(int i) {
        return new OrderLine("sku-" + i, i, new Money(new BigDecimal(i + ".25"), Currency.EUR));
    }

    static OrderPlaced order() {
        Address home = new Address("1 Main St", "Springfield");
        Address work = new Address("2 Side St", "Shelbyville");
        OrderLine first = line(1);
        OrderLine second = new OrderLine("sku-2", 2, new Money(new BigDecimal("1E+3"), Currency.USD));
        return new OrderPlaced(UUID.fromString("7b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                new Customer(UUID.randomUUID(), "Ada", home), List.of(first, second),
                Map.of(first.sku(), first, second.sku(), second), Set.of(home, work),
                Optional.of("SPRING"), null, new Money(new BigDecimal("1001.25"), Currency.EUR));
    }
}
