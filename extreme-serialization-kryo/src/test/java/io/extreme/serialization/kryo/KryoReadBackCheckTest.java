package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.serialization.SerializationException;
import java.time.Month;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Classes Kryo could write but not read back are refused before an event of them is stored. */
class KryoReadBackCheckTest {
    private static final String PLAIN_TYPES =
            "use a plain collection type (List.copyOf, Set.copyOf, Map.copyOf, ArrayList...) in the event";
    private static final String USER_ADVICE =
            "give it a no-arg constructor (it may be private), make it a static nested class, or make it a record";

    record Holder(Collection<String> items) {}

    /** Kryo writes its fields, but has no constructor to call on read. */
    static final class NoDefaultConstructor {
        final String value;

        NoDefaultConstructor(String value) {
            this.value = value;
        }
    }

    /** Needs its enclosing instance to be created: Kryo cannot. */
    final class Inner {
        String value = "inner";
    }

    /** A private no-arg constructor is enough. */
    static final class PrivateConstructor {
        String value;

        private PrivateConstructor() {}

        PrivateConstructor(String value) {
            this.value = value;
        }
    }

    private static Collection<String> keySet() {
        return new HashMap<>(Map.of("a", 1)).keySet();
    }

    @Test
    void buildRefusesARegisteredClassWithoutAConstructorKryoCanCall() {
        assertThatThrownBy(() -> KryoSerializer.builder().register(Holder.class, NoDefaultConstructor.class).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kryo could write " + NoDefaultConstructor.class.getName()
                        + " but not read it back (missing no-arg constructor): " + USER_ADVICE);
        assertThatThrownBy(() -> KryoSerializer.builder().register(Inner.class).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kryo could write " + Inner.class.getName()
                        + " but not read it back (non-static member class): " + USER_ADVICE);
    }

    @Test
    void buildRefusesAPrivateJdkClassRegisteredThroughGetClass() {
        for (Collection<String> view : List.of(keySet(), Collections.nCopies(2, "a"), new ArrayList<>(List.of("a")).subList(0, 1))) {
            Class<?> type = view.getClass();
            assertThatThrownBy(() -> KryoSerializer.builder().register(type).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Kryo cannot write " + type.getName() + " as it is: it could not read it back (")
                    .hasMessageEndingWith("); " + PLAIN_TYPES);
        }
        // The wrappers that used to fail this way are built in now.
        Class<?> unmodifiable = Collections.unmodifiableList(new ArrayList<>()).getClass();
        assertThatThrownBy(() -> KryoSerializer.builder().register(unmodifiable))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(unmodifiable.getName() + " is registered by default (id 78); do not register it again");
    }

    @Test
    void aClassWithAPrivateNoArgConstructorIsAccepted() {
        KryoSerializer serializer = KryoSerializer.builder().register(PrivateConstructor.class).build();
        PrivateConstructor read = serializer.deserialize(
                serializer.serialize(new PrivateConstructor("kept")), PrivateConstructor.class);
        assertThat(read.value).isEqualTo("kept");
    }

    @Test
    void theNotRegisteredMessageDoesNotAdviseRegisteringAPrivateJdkClass() {
        KryoSerializer serializer = KryoSerializer.builder().register(Holder.class).build();
        for (Collection<String> view : List.of(keySet(), Collections.nCopies(2, "a"))) {
            assertThatThrownBy(() -> serializer.serialize(new Holder(view)))
                    .isInstanceOf(SerializationException.class)
                    .hasMessage("Kryo cannot write " + view.getClass().getName() + " as it is: it is a private JDK"
                            + " class, which Kryo cannot read back; " + PLAIN_TYPES);
        }
        // A public JDK class can be registered like any other: the advice stays.
        assertThatThrownBy(() -> serializer.serialize(new Holder(new ArrayDeque<>(List.of("a")))))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("register it with KryoSerializer.builder().register(ArrayDeque.class)");
    }

    @Test
    void withoutRequiredRegistrationAnUnreadableClassIsRefusedAtItsFirstWrite() {
        KryoSerializer serializer = KryoSerializer.builder().registrationRequired(false).build();
        Collection<String> keys = keySet();
        assertThatThrownBy(() -> serializer.serialize(new Holder(keys)))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Kryo cannot write " + keys.getClass().getName()
                        + " as it is: it could not read it back (non-static member class); " + PLAIN_TYPES);
        assertThatThrownBy(() -> serializer.serialize(new NoDefaultConstructor("x")))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Kryo could write " + NoDefaultConstructor.class.getName()
                        + " but not read it back (missing no-arg constructor): " + USER_ADVICE);
        // Every pooled Kryo refuses it, not just the first one to meet it; the serializer still works.
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> serializer.serialize(new Holder(keys))).isInstanceOf(SerializationException.class);
            Holder copied = new Holder(List.copyOf(keys));
            assertThat(serializer.deserialize(serializer.serialize(copied), Holder.class)).isEqualTo(copied);
        }
    }

    @Test
    void theProviderRefusesAnUnreadableClassByName() {
        assertThatThrownBy(() -> new KryoSerializerProvider().create(Map.of("classes", NoDefaultConstructor.class.getName())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Kryo could write " + NoDefaultConstructor.class.getName() + " but not read it back");
    }

    @Test
    void builtInIdsAreWireFormatAndNeverMove() {
        // Stored events name classes by these ids: this pins a few old ones and every new one.
        assertThat(JdkRegistrations.idOf(ArrayList.class)).isEqualTo(10);
        assertThat(JdkRegistrations.idOf(UUID.class)).isEqualTo(40);
        assertThat(JdkRegistrations.idOf(Month.class)).isEqualTo(75);
        List<Object> wrappers = List.of(
                Collections.unmodifiableCollection(new ArrayList<>()),
                Collections.unmodifiableList(new LinkedList<>()),
                Collections.unmodifiableList(new ArrayList<>()),
                Collections.unmodifiableSet(new HashSet<>()),
                Collections.unmodifiableSortedSet(new TreeSet<>()),
                Collections.unmodifiableNavigableSet(new TreeSet<>()),
                Collections.unmodifiableMap(new HashMap<>()),
                Collections.unmodifiableSortedMap(new TreeMap<>()),
                Collections.unmodifiableNavigableMap(new TreeMap<>()),
                Collections.synchronizedCollection(new ArrayList<>()),
                Collections.synchronizedList(new LinkedList<>()),
                Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedSet(new HashSet<>()),
                Collections.synchronizedSortedSet(new TreeSet<>()),
                Collections.synchronizedNavigableSet(new TreeSet<>()),
                Collections.synchronizedMap(new HashMap<>()),
                Collections.synchronizedSortedMap(new TreeMap<>()),
                Collections.synchronizedNavigableMap(new TreeMap<>()),
                Collections.emptySortedSet(),
                Collections.emptySortedMap());
        for (int i = 0; i < wrappers.size(); i++) {
            assertThat(JdkRegistrations.idOf(wrappers.get(i).getClass())).as("%s", wrappers.get(i).getClass()).isEqualTo(76 + i);
        }
        // A serializer built at all proves each built-in type passes the read-back check.
        assertThat(KryoSerializer.builder().build()).isNotNull();
    }
}
