package io.extreme.serialization.kryo;

import com.esotericsoftware.kryo.util.Pool;
import io.extreme.serialization.SerializationException;
import io.extreme.serialization.Serializer;
import java.lang.invoke.MethodType;

/**
 * Event data as Kryo 5 binary. Each event is one Kryo {@code writeClassAndObject}: the bytes name
 * their own class by registration id, so {@code deserialize(data, Object.class)} answers with
 * whatever was written.
 *
 * <p>Registration: by default ({@link #DEFAULT_REGISTRATION_REQUIRED}) only registered classes
 * are written or read, which keeps the bytes small and refuses data naming classes nobody meant
 * to load. Common JDK types are registered already: {@code ArrayList}, {@code LinkedList},
 * {@code HashMap}, {@code LinkedHashMap}, {@code TreeMap}, {@code HashSet}, {@code LinkedHashSet},
 * {@code TreeSet}, the classes behind {@code List.of}/{@code Set.of}/{@code Map.of}, the empty
 * and singleton collections of {@code Collections} (read back as themselves),
 * {@code Arrays.asList} (read back as a fixed-size {@code Arrays.asList} list), the wrappers of
 * {@code Collections.unmodifiable*} and {@code Collections.synchronized*} (read back as the same
 * wrapper around a fresh {@code ArrayList}, {@code LinkedHashSet}, {@code LinkedHashMap},
 * {@code TreeSet} or {@code TreeMap}: equal, same order, but not the wrapped collection's own
 * class), {@code Collections.emptySortedSet}/{@code emptySortedMap}, {@code UUID},
 * {@code BigDecimal}, {@code BigInteger}, {@code Optional} and its primitive twins, {@code byte[]},
 * {@code int[]}, {@code long[]}, {@code double[]}, {@code String[]}, and the {@code java.time}
 * values ({@code Instant}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code OffsetDateTime}, {@code OffsetTime}, {@code ZonedDateTime}, {@code Duration}, {@code Period},
 * {@code ZoneId}s, {@code Year}, {@code YearMonth}, {@code MonthDay}, {@code DayOfWeek}, {@code Month}),
 * besides Kryo's own primitives, wrappers and {@code String}. Register the application's own
 * classes, enums and arrays of them (records need nothing else; other classes need a no-arg
 * constructor, which may be private). Other JDK views and wrappers ({@code map.keySet()},
 * {@code list.subList(...)}, {@code Collections.nCopies}...) cannot be read back: copy them into a
 * plain collection ({@code List.copyOf}, {@code new ArrayList<>(...)}) in the event.
 *
 * <p>A class Kryo could write but not read back is refused before it is stored: by
 * {@link KryoSerializerBuilder#build()} for a registered class, by {@link #serialize} for an
 * unregistered one when registration is not required.
 *
 * <p><b>Registration order is wire format.</b> Classes get ids from {@link #FIRST_USER_ID} on,
 * in the order given. Every client that writes or reads the same streams must register the same
 * classes in the same order; add new classes at the end, never remove or reorder one, or fix ids
 * with {@link KryoSerializerBuilder#register(Class, int)}.
 *
 * <p>On the module path, Kryo reaches into event classes reflectively: a public record in an
 * exported package works as is; anything else needs
 * {@code opens your.package to com.esotericsoftware.kryo;} in the application's module-info.
 *
 * <p>Threads: thread-safe. Kryo instances are not, so each call borrows one from a pool; an
 * instance that failed is dropped, not returned.
 */
public final class KryoSerializer implements Serializer {
    /** The first id {@link KryoSerializerBuilder#register(Class...)} hands out; lower ids belong to built-in types. */
    public static final int FIRST_USER_ID = 100;
    /** Only registered classes are written and read, unless {@link KryoSerializerBuilder#registrationRequired} says otherwise. */
    public static final boolean DEFAULT_REGISTRATION_REQUIRED = true;
    /** No reference tracking: smaller, faster, but a shared object is written twice and a cycle fails. */
    public static final boolean DEFAULT_REFERENCES = false;
    /** The MIME type of the bytes. */
    public static final String CONTENT_TYPE = "application/x-kryo";

    /** How many idle Kryo instances the pool keeps (softly referenced, so the GC may take them). */
    private static final int POOL_CAPACITY = 64;

    private final KryoSettings settings;
    private final Pool<PooledKryo> pool;

    /** {@code first} is a Kryo made from {@code settings} that the builder has checked; it starts the pool. */
    KryoSerializer(KryoSettings settings, PooledKryo first) {
        this.settings = settings;
        this.pool = new Pool<>(true, true, POOL_CAPACITY) {
            @Override
            protected PooledKryo create() {
                return new PooledKryo(settings);
            }
        };
        pool.free(first);
    }

    /** A builder with no classes of the application's own, registration required, and no references. */
    public static KryoSerializerBuilder builder() {
        return new KryoSerializerBuilder();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code value} is {@code null}
     * @throws SerializationException   if a class in the value is not registered, Kryo cannot reach
     *                                  its fields or could not read it back, or the object graph is too deep
     */
    @Override
    public byte[] serialize(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null: Kryo event data is an object");
        }
        PooledKryo kryo = pool.obtain();
        try {
            byte[] bytes = kryo.write(value);
            pool.free(kryo.recycled());
            return bytes;
        } catch (RuntimeException | StackOverflowError e) {
            throw KryoFailures.writeFailed(value.getClass(), kryo, e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code data} or {@code type} is {@code null}
     * @throws SerializationException   if the data is empty, truncated, corrupt, names a class id
     *                                  this serializer does not know, or holds another class
     */
    @Override
    public <T> T deserialize(byte[] data, Class<T> type) {
        if (data == null || type == null) {
            throw new IllegalArgumentException((data == null ? "data" : "type") + " must not be null");
        }
        if (data.length == 0) {
            throw KryoFailures.cannotRead(type, "the data is empty", null);
        }
        PooledKryo kryo = pool.obtain();
        Object result;
        int unread;
        try {
            result = kryo.read(data);
            unread = kryo.unreadBytes();
            pool.free(kryo.recycled());
        } catch (RuntimeException | StackOverflowError e) {
            throw KryoFailures.readFailed(type, e);
        } catch (OutOfMemoryError e) {
            throw KryoFailures.readOutOfMemory(type, e);
        }
        if (unread > 0) {
            throw KryoFailures.cannotRead(type, unread + " bytes left over after the object (corrupt data?)", null);
        }
        return checked(result, type);
    }

    private static <T> T checked(Object result, Class<T> type) {
        // A primitive type asks for its wrapper: int.class is never an instance of anything.
        @SuppressWarnings("unchecked")
        Class<T> wanted = (Class<T>) MethodType.methodType(type).wrap().returnType();
        if (!wanted.isInstance(result)) {
            String held = result == null ? "null" : "a " + result.getClass().getName();
            throw new SerializationException("Kryo data holds " + held + ", not a " + type.getName());
        }
        return wanted.cast(result);
    }

    /** Always {@code false}: Kryo bytes are binary. */
    @Override
    public boolean isJson() {
        return false;
    }

    /** {@value #CONTENT_TYPE}. */
    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String toString() {
        return "KryoSerializer[registrationRequired=" + settings.registrationRequired() + ", references="
                + settings.references() + ", registrations=" + settings.registrations().size() + "]";
    }
}
