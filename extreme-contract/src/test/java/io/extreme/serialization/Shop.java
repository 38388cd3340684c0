package io.extreme.serialization;

import io.extreme.typed.EventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The events the serialization tests write: a sealed family of records with what real events hold. */
final class Shop {
    private Shop() {
    }

    sealed interface OrderEvent permits OrderPlaced, OrderShipped, OrderCancelled {
    }

    @EventType("order-placed")
    record OrderPlaced(String orderId, List<Line> lines, Map<String, Line> byCode, Set<String> tags, BigDecimal total,
                       Instant placedAt, LocalDate due, OffsetDateTime promisedAt, Duration window, String note,
                       Customer customer) implements OrderEvent {
    }

    record OrderShipped(String orderId, Instant shippedAt, List<List<Integer>> parcels) implements OrderEvent {
    }

    record OrderCancelled(String orderId, String reason) implements OrderEvent {
    }

    record Line(String code, int quantity, BigDecimal price) {
    }

    record Customer(String name, String email) {
    }

    /** Metadata written beside the events. */
    record Audit(String user, Instant at) {
    }

    /** Not part of the family: for reads that ask for the wrong class. */
    record Unrelated(String text) {
    }

    /** Every class a Kryo serializer must be told about, in a fixed order (the order is its wire format). */
    static final List<Class<?>> KRYO_CLASSES = List.of(OrderPlaced.class, OrderShipped.class, OrderCancelled.class,
            Line.class, Customer.class, Audit.class, Unrelated.class);

    static OrderPlaced placed(String id) {
        Line apples = new Line("apple", 3, new BigDecimal("0.45"));
        Line pears = new Line("pear", 1, new BigDecimal("1.10"));
        return new OrderPlaced(id, List.of(apples, pears), Map.of("apple", apples, "pear", pears), Set.of("gift", "fast"),
                new BigDecimal("2.45"), Instant.parse("2026-11-27T10:15:30.123456789Z"), LocalDate.of(2026, 12, 1),
                OffsetDateTime.parse("2026-11-28T09:00:00+02:00"), Duration.ofMinutes(90), null,
                new Customer("Ada", "ada@example.test"));
    }
}
