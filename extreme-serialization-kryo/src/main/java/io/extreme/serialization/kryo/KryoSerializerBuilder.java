package io.extreme.serialization.kryo;

import java.lang.reflect.InaccessibleObjectException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link KryoSerializer}; get one from {@link KryoSerializer#builder()}. Not thread-safe;
 * the serializer it builds is.
 *
 * <p>Registration order is wire format: {@link #register(Class...)} hands out ids from
 * {@link KryoSerializer#FIRST_USER_ID} on, in the order given, so writers and readers of the same
 * streams must register the same classes in the same order (new classes at the end).
 */
public final class KryoSerializerBuilder {
    private final Map<Class<?>, Integer> registrations = new LinkedHashMap<>();
    private final Map<Integer, Class<?>> classById = new HashMap<>();
    private int nextId = KryoSerializer.FIRST_USER_ID;
    private boolean registrationRequired = KryoSerializer.DEFAULT_REGISTRATION_REQUIRED;
    private boolean references = KryoSerializer.DEFAULT_REFERENCES;

    KryoSerializerBuilder() {}

    /**
     * Registers {@code types} with the next free ids, in the order given: the first gets one past
     * the highest id registered so far ({@link KryoSerializer#FIRST_USER_ID} for the first call).
     *
     * @throws IllegalArgumentException if a type is {@code null}, registered already, or one of the
     *                                  built-in JDK types
     */
    public KryoSerializerBuilder register(Class<?>... types) {
        if (types == null) {
            throw new IllegalArgumentException("types must not be null");
        }
        for (Class<?> type : types) {
            register(type, nextId);
        }
        return this;
    }

    /**
     * Registers {@code type} with a fixed {@code id}, for formats that must not depend on order.
     *
     * @param id at least {@link KryoSerializer#FIRST_USER_ID}; lower ids belong to built-in types
     * @throws IllegalArgumentException if {@code type} is {@code null}, registered already or built
     *                                  in, or {@code id} is reserved or taken
     */
    public KryoSerializerBuilder register(Class<?> type, int id) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        int builtInId = JdkRegistrations.idOf(type);
        if (builtInId >= 0) {
            throw new IllegalArgumentException(type.getName() + " is registered by default (id " + builtInId
                    + "); do not register it again");
        }
        if (id < KryoSerializer.FIRST_USER_ID) {
            throw new IllegalArgumentException("id of " + type.getName() + " must be at least "
                    + KryoSerializer.FIRST_USER_ID + " (lower ids belong to built-in types), was " + id);
        }
        Integer existing = registrations.get(type);
        if (existing != null) {
            throw new IllegalArgumentException(type.getName() + " is registered already, with id " + existing);
        }
        Class<?> holder = classById.get(id);
        if (holder != null) {
            throw new IllegalArgumentException("id " + id + " for " + type.getName() + " is taken by " + holder.getName());
        }
        registrations.put(type, id);
        classById.put(id, type);
        nextId = Math.max(nextId, id + 1);
        return this;
    }

    /**
     * Whether only registered classes may be written and read; default
     * {@value KryoSerializer#DEFAULT_REGISTRATION_REQUIRED}. Turned off, Kryo writes the class
     * name of an unregistered class and loads whatever class the data names on read: only for
     * data from trusted writers.
     */
    public KryoSerializerBuilder registrationRequired(boolean required) {
        this.registrationRequired = required;
        return this;
    }

    /**
     * Whether Kryo tracks references, so that an object reachable twice is written once and
     * cycles work; default {@value KryoSerializer#DEFAULT_REFERENCES}. Part of the wire format:
     * writers and readers must agree.
     */
    public KryoSerializerBuilder references(boolean references) {
        this.references = references;
        return this;
    }

    /**
     * The serializer. Unregistered class names (when registration is not required) are looked up
     * with the calling thread's context class loader, or this module's loader when it has none.
     *
     * <p>Every registered class Kryo would create through a no-arg constructor on read is created
     * once here, the way Kryo would, to prove that its events can be read back.
     *
     * @throws IllegalArgumentException if Kryo refuses a registered class, or could write one but
     *                                  not read it back (no constructor Kryo can call, a non-static
     *                                  inner class, a private JDK class); the message names it
     */
    public KryoSerializer build() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = KryoSerializer.class.getClassLoader();
        }
        KryoSettings settings = new KryoSettings(registrations, registrationRequired, references, loader);
        PooledKryo first;
        try {
            first = new PooledKryo(settings);
        } catch (InaccessibleObjectException e) {
            throw new IllegalArgumentException("Kryo cannot reach a registered class (" + e.getMessage()
                    + "): open its package to com.esotericsoftware.kryo in module-info", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Kryo refused the registrations: " + e.getMessage(), e);
        }
        // Fails now, not on the first read of a stored event. The built-in table is checked too:
        // a JDK that changed one of its classes would show here.
        ReadBackCheck.requireReadBack(first, JdkRegistrations.types());
        ReadBackCheck.requireReadBack(first, registrations.keySet());
        return new KryoSerializer(settings, first);
    }
}
