package io.extreme.benchmarks;

import io.extreme.serialization.Serializer;
import io.extreme.serialization.json.JsonSerializer;
import io.extreme.serialization.kryo.KryoSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The serializer plugins on their own, no server: one order event (a record with a list and a
 * map of nested records, a {@code BigDecimal}, an {@code Instant} and a {@code LocalDate}, about
 * 300 bytes as JSON) turned into bytes, and bytes back into it, as a typed append and a typed
 * read do for each event. Run with {@code -prof gc} for the allocation per operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class SerializationBenchmarks {
    /** An order line. */
    public record Line(String code, int quantity, BigDecimal price) {
    }

    /** The event serialized. */
    public record OrderPlaced(String orderId, List<Line> lines, Map<String, String> attributes, BigDecimal total,
                              Instant placedAt, LocalDate due, String note) {
    }

    @Param({"json", "kryo"})
    public String plugin;

    private Serializer serializer;
    private OrderPlaced event;
    private byte[] bytes;

    /** The serializer with its defaults (Kryo told the two classes), the event, and its bytes. */
    @Setup(Level.Trial)
    public void prepare() {
        serializer = switch (plugin) {
            case "json" -> JsonSerializer.create();
            case "kryo" -> KryoSerializer.builder().register(OrderPlaced.class, Line.class).build();
            default -> throw new IllegalArgumentException("plugin must be json or kryo, was " + plugin);
        };
        event = new OrderPlaced("order-4711", List.of(new Line("apple", 3, new BigDecimal("0.45")),
                new Line("pear", 1, new BigDecimal("1.10")), new Line("plum", 12, new BigDecimal("0.30"))),
                Map.of("channel", "web", "campaign", "autumn"), new BigDecimal("6.05"),
                Instant.parse("2026-11-27T10:15:30.123Z"), LocalDate.of(2026, 12, 1), "leave at the door");
        bytes = serializer.serialize(event);
        if (!serializer.deserialize(bytes, OrderPlaced.class).equals(event)) {
            throw new IllegalStateException(plugin + " does not read back what it wrote");
        }
    }

    /** Object to bytes. */
    @Benchmark
    public byte[] serialize() {
        return serializer.serialize(event);
    }

    /** Bytes to object. */
    @Benchmark
    public OrderPlaced deserialize() {
        return serializer.deserialize(bytes, OrderPlaced.class);
    }

    /** Both, as one event's trip from a typed append to a typed read. */
    @Benchmark
    public OrderPlaced roundTrip() {
        return serializer.deserialize(serializer.serialize(event), OrderPlaced.class);
    }
}
