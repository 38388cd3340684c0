package io.extreme.serialization.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Kryo serializers for the JDK's wrapper collections: {@code Collections.unmodifiable*},
 * {@code Collections.synchronized*} and the sorted empties. Kryo's own collection serializers
 * write these but cannot read them back: the classes are private, have no no-arg constructor, and
 * java.base does not open the field that holds the wrapped collection.
 *
 * <p>So these write what any reader can rebuild (the comparator of a sorted one, then the
 * elements or entries, as a plain collection would) and read back the same kind of wrapper around
 * a fresh collection: an {@code ArrayList} (a {@code LinkedList} under a list without random
 * access), a {@code LinkedHashSet}, a {@code LinkedHashMap}, or a {@code TreeSet}/{@code TreeMap}
 * with the written comparator. The result is equal to what was written and iterates in the same
 * order; the wrapped collection's own class (a {@code HashSet} under {@code unmodifiableSet}, say)
 * is not kept, as the wrapper never tells it.
 */
final class JdkWrapperSerializers {
    private JdkWrapperSerializers() {}

    /** A wrapper around a collection that is not a list, set or map: read back around an {@code ArrayList}. */
    static Serializer<?> collection(UnaryOperator<Collection<Object>> wrap) {
        return new WrappedCollection<Collection<Object>>(false, comparator -> new ArrayList<>(), wrap);
    }

    /** A wrapper around a list, read back around the list {@code fresh} makes. */
    static Serializer<?> list(Supplier<List<Object>> fresh, UnaryOperator<List<Object>> wrap) {
        return new WrappedCollection<List<Object>>(false, comparator -> fresh.get(), wrap);
    }

    /** A wrapper around a set, read back around a {@code LinkedHashSet} so that the order is kept. */
    static Serializer<?> set(UnaryOperator<Set<Object>> wrap) {
        return new WrappedCollection<Set<Object>>(false, comparator -> new LinkedHashSet<>(), wrap);
    }

    /** A wrapper around a sorted set, read back around a {@code TreeSet} with the written comparator. */
    static Serializer<?> sortedSet(Function<NavigableSet<Object>, Collection<Object>> wrap) {
        return new WrappedCollection<NavigableSet<Object>>(true, TreeSet::new, wrap);
    }

    /** A wrapper around a map, read back around a {@code LinkedHashMap} so that the order is kept. */
    static Serializer<?> map(UnaryOperator<Map<Object, Object>> wrap) {
        return new WrappedMap<Map<Object, Object>>(false, comparator -> new LinkedHashMap<>(), wrap);
    }

    /** A wrapper around a sorted map, read back around a {@code TreeMap} with the written comparator. */
    static Serializer<?> sortedMap(Function<NavigableMap<Object, Object>, Map<Object, Object>> wrap) {
        return new WrappedMap<NavigableMap<Object, Object>>(true, TreeMap::new, wrap);
    }

    /** A value with nothing to write, such as {@code Collections.emptySortedSet()}: read back as {@code value}. */
    static <T> Serializer<T> constant(T value) {
        return new Serializer<T>(false, true) {
            @Override
            public void write(Kryo kryo, Output output, T object) {}

            @Override
            public T read(Kryo kryo, Input input, Class<? extends T> type) {
                return value;
            }
        };
    }

    /**
     * Writes the comparator if sorted, the size, then each element with its class, from one
     * {@code toArray} snapshot: a synchronized wrapper takes its true lock for it (the parent's, for
     * a view such as {@code synchronizedMap(m).keySet()}), which locking the view itself would miss.
     */
    private static final class WrappedCollection<C extends Collection<Object>> extends Serializer<Collection<Object>> {
        private final boolean sorted;
        private final Function<Comparator<Object>, C> fresh;
        private final Function<? super C, ? extends Collection<Object>> wrap;

        WrappedCollection(boolean sorted, Function<Comparator<Object>, C> fresh,
                Function<? super C, ? extends Collection<Object>> wrap) {
            this.sorted = sorted;
            this.fresh = fresh;
            this.wrap = wrap;
        }

        @Override
        public void write(Kryo kryo, Output output, Collection<Object> wrapper) {
            if (sorted) {
                kryo.writeClassAndObject(output, ((SortedSet<Object>) wrapper).comparator());
            }
            // One snapshot: a synchronized wrapper (or a view of one) takes its true lock for toArray,
            // so the count written is the number of elements that follow, whatever other threads do.
            Object[] elements = wrapper.toArray();
            output.writeVarInt(elements.length, true);
            for (Object element : elements) {
                kryo.writeClassAndObject(output, element);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Collection<Object> read(Kryo kryo, Input input, Class<? extends Collection<Object>> type) {
            Comparator<Object> comparator = sorted ? (Comparator<Object>) kryo.readClassAndObject(input) : null;
            C elements = fresh.apply(comparator);
            Collection<Object> wrapper = wrap.apply(elements);
            kryo.reference(wrapper); // before the elements, so that one of them may refer back to it
            int size = input.readVarInt(true);
            for (int i = 0; i < size; i++) {
                elements.add(kryo.readClassAndObject(input));
            }
            return wrapper;
        }
    }

    /** {@link WrappedCollection}'s twin for maps: entries as key then value, each with its class. */
    private static final class WrappedMap<M extends Map<Object, Object>> extends Serializer<Map<Object, Object>> {
        private final boolean sorted;
        private final Function<Comparator<Object>, M> fresh;
        private final Function<? super M, ? extends Map<Object, Object>> wrap;

        WrappedMap(boolean sorted, Function<Comparator<Object>, M> fresh,
                Function<? super M, ? extends Map<Object, Object>> wrap) {
            this.sorted = sorted;
            this.fresh = fresh;
            this.wrap = wrap;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(Kryo kryo, Output output, Map<Object, Object> wrapper) {
            if (sorted) {
                kryo.writeClassAndObject(output, ((SortedMap<Object, Object>) wrapper).comparator());
            }
            Object[] entries = wrapper.entrySet().toArray(); // one snapshot, as for collections
            output.writeVarInt(entries.length, true);
            for (Object each : entries) {
                Map.Entry<Object, Object> entry = (Map.Entry<Object, Object>) each;
                kryo.writeClassAndObject(output, entry.getKey());
                kryo.writeClassAndObject(output, entry.getValue());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<Object, Object> read(Kryo kryo, Input input, Class<? extends Map<Object, Object>> type) {
            Comparator<Object> comparator = sorted ? (Comparator<Object>) kryo.readClassAndObject(input) : null;
            M entries = fresh.apply(comparator);
            Map<Object, Object> wrapper = wrap.apply(entries);
            kryo.reference(wrapper);
            int size = input.readVarInt(true);
            for (int i = 0; i < size; i++) {
                Object key = kryo.readClassAndObject(input);
                entries.put(key, kryo.readClassAndObject(input));
            }
            return wrapper;
        }
    }
}
