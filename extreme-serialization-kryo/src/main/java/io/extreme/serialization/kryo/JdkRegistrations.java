package io.extreme.serialization.kryo;

import static io.extreme.serialization.kryo.JdkWrapperSerializers.collection;
import static io.extreme.serialization.kryo.JdkWrapperSerializers.constant;
import static io.extreme.serialization.kryo.JdkWrapperSerializers.list;
import static io.extreme.serialization.kryo.JdkWrapperSerializers.map;
import static io.extreme.serialization.kryo.JdkWrapperSerializers.set;
import static io.extreme.serialization.kryo.JdkWrapperSerializers.sortedMap;
import static io.extreme.serialization.kryo.JdkWrapperSerializers.sortedSet;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The JDK classes every {@link KryoSerializer} registers, with fixed ids, so that users register
 * only their own classes. Kryo itself holds ids 0-8 (primitives, their wrappers and String).
 *
 * <p><b>This table is wire format.</b> Stored events name their classes by these ids, so an id
 * here must never be renumbered, removed or reused, even where a group looks out of order: doing
 * so makes every event already written unreadable, or misread as another class. New entries take
 * the next id after the highest one (the last group below), stay below
 * {@link KryoSerializer#FIRST_USER_ID}, and go into the list in {@link KryoSerializer}'s javadoc.
 */
final class JdkRegistrations {
    /** Type to id; iteration order is registration order. */
    private static final Map<Class<?>, Integer> IDS = new LinkedHashMap<>();
    /** The types that need a serializer other than Kryo's default for them. */
    private static final Map<Class<?>, Supplier<Serializer<?>>> SERIALIZERS = new HashMap<>();

    /** Kryo's own registrations: a wrapper shares the id of its primitive. */
    private static final Map<Class<?>, Integer> KRYO_IDS = Map.ofEntries(
            Map.entry(int.class, 0), Map.entry(Integer.class, 0), Map.entry(String.class, 1),
            Map.entry(float.class, 2), Map.entry(Float.class, 2), Map.entry(boolean.class, 3),
            Map.entry(Boolean.class, 3), Map.entry(byte.class, 4), Map.entry(Byte.class, 4),
            Map.entry(char.class, 5), Map.entry(Character.class, 5), Map.entry(short.class, 6),
            Map.entry(Short.class, 6), Map.entry(long.class, 7), Map.entry(Long.class, 7),
            Map.entry(double.class, 8), Map.entry(Double.class, 8));

    static {
        // Mutable collections and maps.
        add(10, ArrayList.class);
        add(11, LinkedList.class);
        add(12, HashMap.class);
        add(13, LinkedHashMap.class);
        add(14, TreeMap.class);
        add(15, HashSet.class);
        add(16, LinkedHashSet.class);
        add(17, TreeSet.class);
        // List.of / Set.of / Map.of and copyOf: private JDK classes, reached through instances.
        add(18, List.of().getClass());
        add(19, List.of(1).getClass());
        add(20, List.of(1, 2, 3).subList(0, 1).getClass());
        add(21, Set.of().getClass());
        add(22, Set.of(1).getClass());
        add(23, Map.of().getClass());
        add(24, Map.of(1, 1).getClass());
        add(25, Collections.emptyList().getClass());
        add(26, Collections.emptySet().getClass());
        add(27, Collections.emptyMap().getClass());
        add(28, Collections.singletonList(1).getClass());
        add(29, Collections.singleton(1).getClass());
        add(30, Collections.singletonMap(1, 1).getClass());
        add(31, Arrays.asList(1).getClass());
        // Values.
        // Kryo has a UUID serializer but does not make it the default; without it Kryo would
        // reach into UUID's private fields, which java.base does not open.
        add(40, UUID.class, DefaultSerializers.UUIDSerializer::new);
        add(41, BigDecimal.class);
        add(42, BigInteger.class);
        add(43, Optional.class);
        add(44, OptionalInt.class);
        add(45, OptionalLong.class);
        add(46, OptionalDouble.class);
        add(47, byte[].class);
        add(48, int[].class);
        add(49, long[].class);
        add(50, double[].class);
        add(51, String[].class);
        // java.time.
        add(60, Instant.class);
        add(61, LocalDate.class);
        add(62, LocalTime.class);
        add(63, LocalDateTime.class);
        add(64, OffsetDateTime.class);
        add(65, OffsetTime.class);
        add(66, ZonedDateTime.class);
        add(67, Duration.class);
        add(68, Period.class);
        add(69, ZoneOffset.class);
        add(70, ZoneId.of("Europe/Paris").getClass());
        add(71, Year.class);
        add(72, YearMonth.class);
        add(73, MonthDay.class);
        add(74, DayOfWeek.class);
        add(75, Month.class);
        // Collections.unmodifiable* and synchronized*: Kryo's defaults write them but cannot read
        // them back. Read back as the same wrapper around a fresh collection (JdkWrapperSerializers).
        add(76, Collections.unmodifiableCollection(new ArrayList<>()).getClass(),
                () -> collection(Collections::unmodifiableCollection));
        add(77, Collections.unmodifiableList(new LinkedList<>()).getClass(),
                () -> list(LinkedList::new, Collections::unmodifiableList));
        add(78, Collections.unmodifiableList(new ArrayList<>()).getClass(),
                () -> list(ArrayList::new, Collections::unmodifiableList));
        add(79, Collections.unmodifiableSet(new HashSet<>()).getClass(), () -> set(Collections::unmodifiableSet));
        add(80, Collections.unmodifiableSortedSet(new TreeSet<>()).getClass(),
                () -> sortedSet(Collections::unmodifiableSortedSet));
        add(81, Collections.unmodifiableNavigableSet(new TreeSet<>()).getClass(),
                () -> sortedSet(Collections::unmodifiableNavigableSet));
        add(82, Collections.unmodifiableMap(new HashMap<>()).getClass(), () -> map(Collections::unmodifiableMap));
        add(83, Collections.unmodifiableSortedMap(new TreeMap<>()).getClass(),
                () -> sortedMap(Collections::unmodifiableSortedMap));
        add(84, Collections.unmodifiableNavigableMap(new TreeMap<>()).getClass(),
                () -> sortedMap(Collections::unmodifiableNavigableMap));
        add(85, Collections.synchronizedCollection(new ArrayList<>()).getClass(),
                () -> collection(Collections::synchronizedCollection));
        add(86, Collections.synchronizedList(new LinkedList<>()).getClass(),
                () -> list(LinkedList::new, Collections::synchronizedList));
        add(87, Collections.synchronizedList(new ArrayList<>()).getClass(),
                () -> list(ArrayList::new, Collections::synchronizedList));
        add(88, Collections.synchronizedSet(new HashSet<>()).getClass(), () -> set(Collections::synchronizedSet));
        add(89, Collections.synchronizedSortedSet(new TreeSet<>()).getClass(),
                () -> sortedSet(Collections::synchronizedSortedSet));
        add(90, Collections.synchronizedNavigableSet(new TreeSet<>()).getClass(),
                () -> sortedSet(Collections::synchronizedNavigableSet));
        add(91, Collections.synchronizedMap(new HashMap<>()).getClass(), () -> map(Collections::synchronizedMap));
        add(92, Collections.synchronizedSortedMap(new TreeMap<>()).getClass(),
                () -> sortedMap(Collections::synchronizedSortedMap));
        add(93, Collections.synchronizedNavigableMap(new TreeMap<>()).getClass(),
                () -> sortedMap(Collections::synchronizedNavigableMap));
        // Collections.emptySortedSet/emptyNavigableSet and their map twins: one shared instance each.
        add(94, Collections.emptySortedSet().getClass(), () -> constant(Collections.emptyNavigableSet()));
        add(95, Collections.emptySortedMap().getClass(), () -> constant(Collections.emptyNavigableMap()));
    }

    private JdkRegistrations() {}

    private static void add(int id, Class<?> type) {
        if (id >= KryoSerializer.FIRST_USER_ID || IDS.containsValue(id) || IDS.put(type, id) != null) {
            throw new AssertionError("bad built-in registration " + id + " " + type.getName());
        }
    }

    private static void add(int id, Class<?> type, Supplier<Serializer<?>> serializer) {
        add(id, type);
        SERIALIZERS.put(type, serializer);
    }

    /** Registers the table on a fresh {@code kryo}. */
    static void registerOn(Kryo kryo) {
        for (Map.Entry<Class<?>, Integer> entry : IDS.entrySet()) {
            Class<?> type = entry.getKey();
            kryo.register(type, serializerFor(kryo, type), entry.getValue());
        }
    }

    private static Serializer<?> serializerFor(Kryo kryo, Class<?> type) {
        Supplier<Serializer<?>> own = SERIALIZERS.get(type);
        return own != null ? own.get() : kryo.getDefaultSerializer(type);
    }

    /** The built-in id of {@code type} (Kryo's own or this table's), or {@code -1}. */
    static int idOf(Class<?> type) {
        Integer id = IDS.get(type);
        if (id == null) {
            id = KRYO_IDS.get(type);
        }
        return id == null ? -1 : id;
    }

    /** The classes in the table, for documentation and tests. */
    static Set<Class<?>> types() {
        return Collections.unmodifiableSet(IDS.keySet());
    }
}
