package io.extreme.serialization.kryo;

import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes {@link KryoSerializer}s from the settings' serializer options; found by
 * {@link java.util.ServiceLoader} under the name {@value #NAME}.
 *
 * <p>Options (the {@code serializer.*} properties without the prefix):
 * <ul>
 *   <li>{@value #CLASSES}: comma-separated fully qualified class names, registered in that order
 *       (the order is wire format, see {@link KryoSerializer}); loaded with the calling thread's
 *       context class loader, then with this module's loader;</li>
 *   <li>{@value #REGISTRATION_REQUIRED}: {@code true} (default) or {@code false};</li>
 *   <li>{@value #REFERENCES}: {@code true} or {@code false} (default).</li>
 * </ul>
 *
 * <p>Threads: {@link #create} may be called from any thread; it loads classes and may block briefly.
 */
public final class KryoSerializerProvider implements SerializerProvider {
    /** The name to choose this provider by in the settings. */
    public static final String NAME = "kryo";
    /** Below the JSON serializer's 20: with both present, Kryo is used when the settings name it. */
    public static final int PRIORITY = 10;
    /** Option: the application's classes to register, comma-separated, in order. */
    public static final String CLASSES = "classes";
    /** Option: whether only registered classes may be written and read. */
    public static final String REGISTRATION_REQUIRED = "registration_required";
    /** Option: whether Kryo tracks shared and cyclic references. */
    public static final String REFERENCES = "references";

    private static final Set<String> KNOWN_OPTIONS = new TreeSet<>(Set.of(CLASSES, REGISTRATION_REQUIRED, REFERENCES));

    /** For {@link java.util.ServiceLoader}. */
    public KryoSerializerProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for an unknown option, a value that is not {@code true} or
     *                                  {@code false}, or a class that cannot be found, registered, or
     *                                  read back by Kryo
     */
    @Override
    public Serializer create(Map<String, String> options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null (use an empty map)");
        }
        for (String key : options.keySet()) {
            if (!KNOWN_OPTIONS.contains(key)) {
                throw new IllegalArgumentException("Unknown Kryo serializer option '" + key + "'; known options: "
                        + String.join(", ", KNOWN_OPTIONS));
            }
        }
        KryoSerializerBuilder builder = KryoSerializer.builder();
        if (options.containsKey(REGISTRATION_REQUIRED)) {
            builder.registrationRequired(flag(REGISTRATION_REQUIRED, options.get(REGISTRATION_REQUIRED)));
        }
        if (options.containsKey(REFERENCES)) {
            builder.references(flag(REFERENCES, options.get(REFERENCES)));
        }
        if (options.containsKey(CLASSES)) {
            try {
                builder.register(classes(options.get(CLASSES)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Kryo serializer option '" + CLASSES + "': " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static boolean flag(String key, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        throw new IllegalArgumentException("Kryo serializer option '" + key + "' must be true or false, was "
                + (value == null ? "null" : "'" + value + "'"));
    }

    private static Class<?>[] classes(String names) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : (names == null ? "" : names).split(",")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) { // tolerates a trailing comma and blanks
                classes.add(load(trimmed));
            }
        }
        return classes.toArray(new Class<?>[0]);
    }

    private static Class<?> load(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                return Class.forName(name, false, context);
            } catch (ClassNotFoundException | LinkageError e) {
                // Fall through: the class may be visible to this module's loader only.
            }
        }
        try {
            return Class.forName(name, false, KryoSerializerProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("class " + name + " not found (a fully qualified name is expected, "
                    + "such as com.example.OrderPlaced; a nested class is com.example.Events$OrderPlaced)", e);
        }
    }
}
