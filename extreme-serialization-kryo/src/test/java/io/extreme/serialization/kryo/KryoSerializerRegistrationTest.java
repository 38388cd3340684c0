package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.serialization.SerializationException;
import io.extreme.serialization.kryo.TestEvents.Address;
import io.extreme.serialization.kryo.TestEvents.Envelope;
import io.extreme.serialization.kryo.TestEvents.Money;
import io.extreme.serialization.kryo.TestEvents.Unregistered;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KryoSerializerRegistrationTest {
    private static final String UNREGISTERED_MESSAGE = "Class " + Unregistered.class.getName()
            + " is not registered with the Kryo serializer; register it with"
            + " KryoSerializer.builder().register(Unregistered.class), or turn registrationRequired off";

    @Test
    void registrationIsRequiredByDefaultAndTheMessageNamesTheClass() {
        KryoSerializer serializer = TestEvents.serializer();
        assertThatThrownBy(() -> serializer.serialize(new Unregistered("x")))
                .isInstanceOf(SerializationException.class)
                .hasMessage(UNREGISTERED_MESSAGE);
        // Deep inside a registered record, the message still names the class that is missing.
        assertThatThrownBy(() -> serializer.serialize(new Envelope(new Unregistered("x"))))
                .isInstanceOf(SerializationException.class)
                .hasMessage(UNREGISTERED_MESSAGE);
    }

    @Test
    void withoutRequiredRegistrationUnregisteredClassesWork() {
        KryoSerializer serializer = KryoSerializer.builder().registrationRequired(false).build();
        Unregistered value = new Unregistered("by name");
        byte[] bytes = serializer.serialize(value);
        assertThat(serializer.deserialize(bytes, Unregistered.class)).isEqualTo(value);
        // A reader that requires registration refuses data naming a class it was not told about.
        assertThatThrownBy(() -> KryoSerializer.builder().build().deserialize(bytes, Unregistered.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot read Kryo data as " + Unregistered.class.getName() + ": ")
                .hasMessageContaining("not registered");
    }

    @Test
    void serializersWithTheSameRegistrationsReadEachOthersBytes() {
        KryoSerializer writer = TestEvents.serializer();
        KryoSerializer reader = TestEvents.serializer();
        byte[] bytes = writer.serialize(TestEvents.order(3));
        assertThat(reader.deserialize(bytes, Object.class)).isEqualTo(TestEvents.order(3));
        assertThat(reader.serialize(TestEvents.order(3))).isEqualTo(bytes);
    }

    @Test
    void registrationOrderIsTheWireFormat() {
        KryoSerializer moneyFirst = KryoSerializer.builder().register(Money.class, Address.class).build();
        KryoSerializer addressFirst = KryoSerializer.builder().register(Address.class, Money.class).build();
        Address address = new Address("1 Main St", "Lyon");
        byte[] bytes = moneyFirst.serialize(address);
        assertThat(addressFirst.serialize(address)).isNotEqualTo(bytes);
        // Read with the other order, the id means Money: the data is misread, not silently accepted.
        assertThatThrownBy(() -> addressFirst.deserialize(bytes, Address.class))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void fixedIdsAndTheIdsThatFollowThem() {
        KryoSerializer fixed = KryoSerializer.builder().register(Money.class, 200).register(Address.class).build();
        KryoSerializer explicit = KryoSerializer.builder()
                .register(Address.class, 201)
                .register(Money.class, 200)
                .build();
        Address address = new Address("2 Main St", "Lyon");
        assertThat(explicit.deserialize(fixed.serialize(address), Address.class)).isEqualTo(address);
        assertThat(fixed.serialize(address)).isEqualTo(explicit.serialize(address));
    }

    @Test
    void aReaderMissingARegistrationSaysWhichIdItDoesNotKnow() {
        KryoSerializer writer = KryoSerializer.builder().register(Money.class, Address.class).build();
        KryoSerializer reader = KryoSerializer.builder().register(Money.class).build();
        byte[] bytes = writer.serialize(new Address("3 Main St", "Lyon"));
        assertThatThrownBy(() -> reader.deserialize(bytes, Address.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot read Kryo data as " + Address.class.getName()
                        + ": Encountered unregistered class ID: " + (KryoSerializer.FIRST_USER_ID + 1))
                .hasMessageNotContaining("\n");
    }

    @Test
    void theBuilderRefusesRegistrationsThatWouldBreakTheFormat() {
        KryoSerializerBuilder builder = KryoSerializer.builder().register(Money.class);
        assertThatThrownBy(() -> builder.register(UUID.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.util.UUID is registered by default (id 40); do not register it again");
        assertThatThrownBy(() -> builder.register(Long.class))
                .hasMessage("java.lang.Long is registered by default (id 7); do not register it again");
        assertThatThrownBy(() -> builder.register(Address.class, 99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be at least 100");
        assertThatThrownBy(() -> builder.register(Money.class))
                .hasMessage(Money.class.getName() + " is registered already, with id 100");
        assertThatThrownBy(() -> builder.register(Address.class, 100))
                .hasMessage("id 100 for " + Address.class.getName() + " is taken by " + Money.class.getName());
        assertThatThrownBy(() -> builder.register((Class<?>) null)).hasMessage("type must not be null");
        assertThatThrownBy(() -> builder.register((Class<?>[]) null)).hasMessage("types must not be null");
    }

    @Test
    void builtInJdkTypesHaveIdsBelowTheApplicationsAndNeedNoRegistration() {
        KryoSerializer serializer = KryoSerializer.builder().build();
        assertThat(JdkRegistrations.types()).hasSizeGreaterThan(40);
        for (Class<?> type : JdkRegistrations.types()) {
            assertThat(JdkRegistrations.idOf(type)).isBetween(10, KryoSerializer.FIRST_USER_ID - 1);
        }
        assertThat(serializer.deserialize(serializer.serialize(new byte[] {9}), byte[].class)).containsExactly(9);
    }
}
