package io.extreme.serialization.kryo;

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

/** Event classes for the tests, shaped like an application's: records nesting records, enums, JDK values. */
final class TestEvents {
    enum Currency { EUR, USD }

    /** An enum whose constants have bodies: each is a subclass Kryo must map back to the enum. */
    enum Priority {
        LOW,
        HIGH {
            @Override
            int weight() {
                return 10;
            }
        };

        int weight() {
            return 1;
        }
    }

    record Money(BigDecimal amount, Currency currency) {}

    record Address(String street, String city) {}

    record Customer(UUID id, String name, Address address) {}

    record OrderLine(String sku, int quantity, Money price) {}

    record OrderPlaced(
            UUID orderId,
            Customer customer,
            List<OrderLine> lines,
            Map<String, String> tags,
            Set<String> labels,
            Instant placedAt,
            Optional<String> note,
            Priority priority) {}

    record Times(
            Instant instant,
            LocalDate date,
            LocalDateTime dateTime,
            OffsetDateTime offsetDateTime,
            ZonedDateTime zonedDateTime,
            Duration duration) {}

    record Document(String title, String body) {}

    /** Registered by no test serializer, unless a test says so. */
    record Unregistered(String value) {}

    /** A registered record with an unregistered one inside. */
    record Envelope(Unregistered payload) {}

    /** The application classes, in the order every test serializer registers them. */
    static final Class<?>[] CLASSES = {
        Currency.class, Priority.class, Money.class, Address.class, Customer.class, OrderLine.class,
        OrderPlaced.class, Times.class, Document.class, Envelope.class
    };

    private TestEvents() {}

    static KryoSerializer serializer() {
        return KryoSerializer.builder().register(CLASSES).build();
    }

    static OrderLine line(int n) {
        return new OrderLine("sku-" + n, n % 7 + 1, new Money(new BigDecimal(n + ".25"), Currency.EUR));
    }

    static OrderPlaced order(int n) {
        Customer customer = new Customer(new UUID(n, n * 31L), "customer " + n, new Address(n + " Main St", "Lyon"));
        return new OrderPlaced(
                new UUID(42, n),
                customer,
                List.of(line(n), line(n + 1)),
                Map.of("channel", "web", "n", Integer.toString(n)),
                Set.of("new", "priority"),
                Instant.ofEpochSecond(1_700_000_000L + n, 123_456_789),
                n % 2 == 0 ? Optional.of("leave at the door") : Optional.empty(),
                n % 3 == 0 ? Priority.HIGH : Priority.LOW);
    }
}
