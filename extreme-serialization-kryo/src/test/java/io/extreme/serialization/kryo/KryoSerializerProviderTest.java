package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.serialization.SerializationException;
import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import io.extreme.serialization.kryo.TestEvents.Address;
import io.extreme.serialization.kryo.TestEvents.Money;
import io.extreme.serialization.kryo.TestEvents.Unregistered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KryoSerializerProviderTest {
    private final KryoSerializerProvider provider = new KryoSerializerProvider();

    @Test
    void serviceLoaderFindsKryo() {
        // On the class path this proves META-INF/services; KryoModulePathTest proves module-info's provides.
        List<SerializerProvider> found = ServiceLoader.load(SerializerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("kryo"))
                .collect(Collectors.toList());
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isInstanceOf(KryoSerializerProvider.class);
        assertThat(found.get(0).priority()).isEqualTo(10);
    }

    @Test
    void noOptionsMeansTheDefaults() {
        Serializer serializer = provider.create(Map.of());
        assertThat(serializer).isInstanceOf(KryoSerializer.class);
        assertThat(serializer.isJson()).isFalse();
        assertThat(serializer.contentType()).isEqualTo("application/x-kryo");
        assertThatThrownBy(() -> serializer.serialize(new Unregistered("x"))).isInstanceOf(SerializationException.class);
    }

    @Test
    void classesAreRegisteredInTheOrderGiven() {
        Serializer serializer = provider.create(Map.of("classes", " " + Money.class.getName() + " ,"
                + Address.class.getName() + ",")); // blanks and a trailing comma are tolerated
        Address address = new Address("4 Main St", "Lyon");
        byte[] bytes = serializer.serialize(address);
        assertThat(serializer.deserialize(bytes, Address.class)).isEqualTo(address);
        // Same bytes as the builder with the same order: the option and the builder share one format.
        assertThat(KryoSerializer.builder().register(Money.class, Address.class).build().serialize(address))
                .isEqualTo(bytes);
    }

    @Test
    void registrationRequiredAndReferencesOptions() {
        Serializer open = provider.create(Map.of("registration_required", "false"));
        assertThat(open.deserialize(open.serialize(new Unregistered("y")), Unregistered.class))
                .isEqualTo(new Unregistered("y"));
        assertThatThrownBy(() -> provider.create(Map.of("registration_required", "TRUE")).serialize(new Unregistered("z")))
                .isInstanceOf(SerializationException.class);

        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        Serializer references = provider.create(Map.of("references", "true"));
        assertThat(references.deserialize(references.serialize(cyclic), List.class).get(0)).isInstanceOf(List.class);
        assertThatThrownBy(() -> provider.create(Map.of("references", "false")).serialize(cyclic))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void badValuesAreRefusedByName() {
        assertThatThrownBy(() -> provider.create(Map.of("registration_required", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kryo serializer option 'registration_required' must be true or false, was 'yes'");
        assertThatThrownBy(() -> provider.create(Map.of("references", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kryo serializer option 'references' must be true or false, was ''");
    }

    @Test
    void unknownKeysAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> provider.create(Map.of("registrationRequired", "true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Kryo serializer option 'registrationRequired'; known options: "
                        + "classes, references, registration_required");
        assertThatThrownBy(() -> provider.create(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("options must not be null");
    }

    @Test
    void classesThatCannotBeRegisteredAreNamed() {
        assertThatThrownBy(() -> provider.create(Map.of("classes", "com.example.Missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Kryo serializer option 'classes': class com.example.Missing not found");
        assertThatThrownBy(() -> provider.create(Map.of("classes", "java.util.UUID")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kryo serializer option 'classes': java.util.UUID is registered by default (id 40);"
                        + " do not register it again");
        assertThatThrownBy(() -> provider.create(Map.of("classes", Money.class.getName() + "," + Money.class.getName())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Money.class.getName() + " is registered already");
    }
}
