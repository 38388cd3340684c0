package io.extreme.serialization.kryo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Records holding the JDK's wrapper collections, as applications write them, read back equal. */
class KryoJdkWrappersTest {
    record Items(List<String> items) {}

    record Bag(Collection<String> items) {}

    record Tags(Set<String> tags) {}

    record Ranked(SortedSet<String> sorted, NavigableSet<String> navigable) {}

    record Attributes(Map<String, Integer> attributes) {}

    record Index(SortedMap<String, Integer> sorted, NavigableMap<String, Integer> navigable) {}

    /** Wrappers inside wrappers, with generic element types Kryo must not mix up. */
    record Nested(Map<String, List<Integer>> byKey, List<Map<String, Set<Integer>>> layers) {}

    /** A comparator the application registers, so that a sorted wrapper keeps its order. */
    record ByLength() implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
    }

    private static final Class<?>[] CLASSES = {
        Items.class, Bag.class, Tags.class, Ranked.class, Attributes.class, Index.class, Nested.class, ByLength.class
    };

    private final KryoSerializer registered = KryoSerializer.builder().register(CLASSES).build();
    private final KryoSerializer unregistered = KryoSerializer.builder().registrationRequired(false).build();

    /** Both a registering and a non-registering serializer read {@code value} back equal, holding {@code wrapper}'s class. */
    private void roundTrip(Object value, Object wrapper) {
        for (KryoSerializer serializer : List.of(registered, unregistered)) {
            Object read = serializer.deserialize(serializer.serialize(value), Object.class);
            assertThat(read).isEqualTo(value);
            assertThat(firstComponent(read).getClass()).isEqualTo(wrapper.getClass());
        }
    }

    private static Object firstComponent(Object record) {
        try {
            return record.getClass().getRecordComponents()[0].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names() {
        return new ArrayList<>(List.of("carol", "al", "bob"));
    }

    @Test
    void unmodifiableAndSynchronizedListsOfBothKinds() {
        for (List<String> list : List.of(
                Collections.unmodifiableList(names()),
                Collections.unmodifiableList(new LinkedList<>(names())),
                Collections.synchronizedList(names()),
                Collections.synchronizedList(new LinkedList<>(names())))) {
            roundTrip(new Items(list), list);
        }
        Items read = registered.deserialize(registered.serialize(new Items(Collections.unmodifiableList(names()))), Items.class);
        assertThat(read.items()).containsExactly("carol", "al", "bob");
        assertThatThrownBy(() -> read.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void viewsOfASynchronizedMapAreWrittenFromOneSnapshot() {
        Map<String, String> sizes = Collections.synchronizedMap(new LinkedHashMap<>());
        sizes.put("carol", "five");
        sizes.put("al", "two");
        for (KryoSerializer serializer : List.of(registered, unregistered)) {
            Bag keys = serializer.deserialize(serializer.serialize(new Bag(sizes.keySet())), Bag.class);
            Bag values = serializer.deserialize(serializer.serialize(new Bag(sizes.values())), Bag.class);
            assertThat(keys.items()).containsExactly("carol", "al");
            assertThat(values.items()).containsExactly("five", "two");
        }
    }

    @Test
    void unmodifiableAndSynchronizedCollectionsKeepTheirElementsInOrder() {
        for (Collection<String> bag : List.of(
                Collections.unmodifiableCollection(names()), Collections.synchronizedCollection(names()))) {
            for (KryoSerializer serializer : List.of(registered, unregistered)) {
                // These two wrappers compare by identity, so the record does too: compare what they hold.
                Bag read = serializer.deserialize(serializer.serialize(new Bag(bag)), Bag.class);
                assertThat(read.items().getClass()).isEqualTo(bag.getClass());
                assertThat(read.items()).containsExactly("carol", "al", "bob");
            }
        }
    }

    @Test
    void unmodifiableAndSynchronizedSetsKeepTheirIterationOrder() {
        Set<String> hashed = new HashSet<>(names());
        for (Set<String> set : List.of(Collections.unmodifiableSet(hashed), Collections.synchronizedSet(hashed))) {
            roundTrip(new Tags(set), set);
            Tags read = registered.deserialize(registered.serialize(new Tags(set)), Tags.class);
            assertThat(read.tags()).containsExactlyElementsOf(hashed);
        }
    }

    @Test
    void sortedSetsAndMapsKeepTheirComparator() {
        TreeSet<String> byLength = new TreeSet<>(new ByLength());
        byLength.addAll(names());
        Ranked unmodifiable = new Ranked(Collections.unmodifiableSortedSet(byLength),
                Collections.unmodifiableNavigableSet(new TreeSet<>(names())));
        roundTrip(unmodifiable, unmodifiable.sorted());
        Ranked read = registered.deserialize(registered.serialize(unmodifiable), Ranked.class);
        assertThat(read.sorted()).containsExactly("al", "bob", "carol");
        assertThat(read.sorted().comparator()).isEqualTo(new ByLength());
        assertThat(read.navigable().getClass()).isEqualTo(unmodifiable.navigable().getClass());
        roundTrip(new Ranked(Collections.synchronizedSortedSet(byLength), Collections.synchronizedNavigableSet(byLength)),
                Collections.synchronizedSortedSet(byLength));

        TreeMap<String, Integer> lengths = new TreeMap<>(new ByLength());
        names().forEach(name -> lengths.put(name, name.length()));
        Index index = new Index(Collections.unmodifiableSortedMap(lengths), Collections.unmodifiableNavigableMap(lengths));
        roundTrip(index, index.sorted());
        assertThat(registered.deserialize(registered.serialize(index), Index.class).navigable().firstKey()).isEqualTo("al");
        roundTrip(new Index(Collections.synchronizedSortedMap(lengths), Collections.synchronizedNavigableMap(lengths)),
                Collections.synchronizedSortedMap(lengths));
    }

    @Test
    void unmodifiableAndSynchronizedMaps() {
        Map<String, Integer> map = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        for (Map<String, Integer> wrapper : List.of(Collections.unmodifiableMap(map), Collections.synchronizedMap(map))) {
            roundTrip(new Attributes(wrapper), wrapper);
        }
    }

    @Test
    void emptyAndSingletonCollectionsComeBackAsThemselves() {
        roundTrip(new Items(Collections.emptyList()), Collections.emptyList());
        roundTrip(new Items(Collections.singletonList("only")), Collections.singletonList("only"));
        roundTrip(new Tags(Collections.emptySet()), Collections.emptySet());
        roundTrip(new Tags(Collections.singleton("only")), Collections.singleton("only"));
        roundTrip(new Attributes(Collections.emptyMap()), Collections.emptyMap());
        roundTrip(new Attributes(Collections.singletonMap("only", 1)), Collections.singletonMap("only", 1));
        roundTrip(new Ranked(Collections.emptySortedSet(), Collections.emptyNavigableSet()), Collections.emptySortedSet());
        roundTrip(new Index(Collections.emptySortedMap(), Collections.emptyNavigableMap()), Collections.emptySortedMap());
    }

    @Test
    void arraysAsListComesBackAsAFixedSizeList() {
        List<String> fixed = Arrays.asList("x", "y");
        roundTrip(new Items(fixed), fixed);
        Items read = registered.deserialize(registered.serialize(new Items(fixed)), Items.class);
        read.items().set(0, "z"); // fixed size, not immutable: as Arrays.asList itself
        assertThat(read.items()).containsExactly("z", "y");
        assertThatThrownBy(() -> read.items().add("w")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void wrappersNestedInWrappers() {
        Nested nested = new Nested(
                Collections.unmodifiableMap(new HashMap<>(Map.of(
                        "a", Collections.unmodifiableList(new ArrayList<>(List.of(1, 2))),
                        "b", Collections.synchronizedList(new ArrayList<>(List.of(3)))))),
                Collections.unmodifiableList(new ArrayList<>(List.of(
                        Collections.unmodifiableMap(new HashMap<>(Map.of("s", Collections.unmodifiableSet(Set.of(4))))),
                        Map.of("t", Collections.emptySet())))));
        roundTrip(nested, nested.byKey());
    }

    @Test
    void aWrapperThatHoldsItselfWithReferencesOn() {
        KryoSerializer withReferences = KryoSerializer.builder().references(true).build();
        List<Object> inner = new ArrayList<>();
        List<Object> view = Collections.unmodifiableList(inner);
        inner.add("head");
        inner.add(view);
        List<?> read = withReferences.deserialize(withReferences.serialize(view), List.class);
        assertThat(read.getClass()).isEqualTo(view.getClass());
        assertThat(read.get(0)).isEqualTo("head");
        assertThat(read.get(1)).isSameAs(read);
    }
}
