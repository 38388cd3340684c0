package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.serialization.SerializationException;
import io.extreme.serialization.kryo.TestEvents.Customer;
import io.extreme.serialization.kryo.TestEvents.Money;
import io.extreme.serialization.kryo.TestEvents.OrderPlaced;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class KryoSerializerFailureTest {
    private static final String AS_ORDER = "Cannot read Kryo data as " + OrderPlaced.class.getName() + ": ";

    private final KryoSerializer serializer = TestEvents.serializer();
    private final byte[] order = serializer.serialize(TestEvents.order(1));

    @Test
    void readingAsTheWrongClassNamesBoth() {
        byte[] money = serializer.serialize(new Money(BigDecimal.TEN, TestEvents.Currency.EUR));
        assertThatThrownBy(() -> serializer.deserialize(money, Customer.class))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Kryo data holds a " + Money.class.getName() + ", not a " + Customer.class.getName());
    }

    @Test
    void emptyData() {
        assertThatThrownBy(() -> serializer.deserialize(new byte[0], OrderPlaced.class))
                .isInstanceOf(SerializationException.class)
                .hasMessage(AS_ORDER + "the data is empty");
    }

    @Test
    void truncatedData() {
        for (int length : new int[] {1, order.length / 2, order.length - 1}) {
            assertThatThrownBy(() -> serializer.deserialize(Arrays.copyOf(order, length), OrderPlaced.class))
                    .isInstanceOf(SerializationException.class)
                    .hasMessage(AS_ORDER + "the data ends too early (truncated or corrupt)");
        }
    }

    @Test
    void corruptData() {
        byte[] unknownClass = order.clone();
        unknownClass[0] = 0x7f; // a class id nobody registered
        assertThatThrownBy(() -> serializer.deserialize(unknownClass, OrderPlaced.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith(AS_ORDER + "Encountered unregistered class ID: 125")
                .hasMessageNotContaining("\n");

        byte[] trailing = Arrays.copyOf(order, order.length + 3);
        assertThatThrownBy(() -> serializer.deserialize(trailing, OrderPlaced.class))
                .isInstanceOf(SerializationException.class)
                .hasMessage(AS_ORDER + "3 bytes left over after the object (corrupt data?)");

        byte[] garbage = new byte[64];
        Arrays.fill(garbage, (byte) 0xff);
        assertThatThrownBy(() -> serializer.deserialize(garbage, OrderPlaced.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith(AS_ORDER)
                .hasMessageNotContaining("\n");
    }

    @Test
    void everyByteOfAnEventCorruptedInTurnFailsCleanlyOrReadsSomething() {
        for (int i = 0; i < order.length; i++) {
            byte[] corrupt = order.clone();
            corrupt[i] ^= (byte) 0xa5;
            try {
                serializer.deserialize(corrupt, OrderPlaced.class);
            } catch (SerializationException e) { // without a checksum some corruptions read as other values
                assertThat(e.getMessage()).doesNotContain("\n").satisfiesAnyOf(
                        message -> assertThat(message).startsWith(AS_ORDER),
                        message -> assertThat(message).startsWith("Kryo data holds "));
            }
        }
    }

    @Test
    void failuresDoNotPoisonThePool() {
        for (int i = 0; i < 200; i++) {
            byte[] truncated = Arrays.copyOf(order, i % (order.length - 1) + 1);
            assertThatThrownBy(() -> serializer.deserialize(truncated, OrderPlaced.class))
                    .isInstanceOf(SerializationException.class);
            assertThatThrownBy(() -> serializer.serialize(new TestEvents.Envelope(new TestEvents.Unregistered("x"))))
                    .isInstanceOf(SerializationException.class);
            OrderPlaced value = TestEvents.order(i);
            assertThat(serializer.deserialize(serializer.serialize(value), OrderPlaced.class)).isEqualTo(value);
        }
    }

    @Test
    void nullArguments() {
        assertThatThrownBy(() -> serializer.serialize(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value must not be null");
        assertThatThrownBy(() -> serializer.deserialize(null, OrderPlaced.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data must not be null");
        assertThatThrownBy(() -> serializer.deserialize(order, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must not be null");
    }

    @Test
    void aCycleFailsWithoutReferencesAndWorksWithThem() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add("head");
        cyclic.add(cyclic);
        assertThatThrownBy(() -> serializer.serialize(cyclic))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot write java.util.ArrayList as Kryo data: the object graph is more than "
                        + PooledKryo.MAX_DEPTH + " levels deep; if it has a cycle, turn references on");

        KryoSerializer withReferences = KryoSerializer.builder().references(true).build();
        List<?> read = withReferences.deserialize(withReferences.serialize(cyclic), List.class);
        assertThat(read.get(0)).isEqualTo("head");
        assertThat(read.get(1)).isSameAs(read);
    }

    @Test
    void aClassKryoCannotReachIsNamedWithTheFix() {
        // java.base does not open java.util, just as an application module may not open its packages.
        KryoSerializer unregistered = KryoSerializer.builder().registrationRequired(false).build();
        assertThatThrownBy(() -> unregistered.serialize(new StringJoiner(",")))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Kryo cannot reach the fields of java.util.StringJoiner (")
                .hasMessageEndingWith("open its package to com.esotericsoftware.kryo in module-info,"
                        + " or use a public record in an exported package")
                .hasMessageNotContaining("\n");
    }
}
