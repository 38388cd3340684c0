package io.extreme.internal.typed;

import io.extreme.serialization.SerializationException;
import io.extreme.serialization.Serializer;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A small serializer for tests that keeps the SPI's promises without a JSON library: a record
 * is written as {@code OrderPlaced|order=42|total=7}, a string as itself. Records are rebuilt
 * through their canonical constructor from String, int and long components; anything else, and
 * any text that does not fit the class asked for, is refused with a {@link SerializationException}.
 * The JSON flag is only the claim a test chooses, so both sides of the content-type check can be tried.
 */
final class TextSerializer implements Serializer {
    private final boolean json;
    private final Map<String, String> options;

    TextSerializer(boolean json) {
        this(json, Map.of());
    }

    TextSerializer(boolean json, Map<String, String> options) {
        this.json = json;
        this.options = Map.copyOf(options);
    }

    /** The options the provider was given, so tests can see they arrived. */
    Map<String, String> options() {
        return options;
    }

    @Override
    public byte[] serialize(Object value) {
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (!value.getClass().isRecord()) {
            throw new SerializationException("TextSerializer writes records and strings, not " + value.getClass().getName());
        }
        StringBuilder out = new StringBuilder(value.getClass().getSimpleName());
        try {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                c.getAccessor().setAccessible(true);
                out.append('|').append(c.getName()).append('=').append(c.getAccessor().invoke(value));
            }
        } catch (ReflectiveOperationException e) {
            throw new SerializationException("cannot read " + value.getClass().getName(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(byte[] data, Class<T> type) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (type == String.class || type == Object.class) {
            return type.cast(text); // the only self-describing answer this format has
        }
        if (!type.isRecord()) {
            throw new SerializationException("TextSerializer reads records and strings, not " + type.getName());
        }
        String[] parts = text.split("\\|", -1);
        RecordComponent[] components = type.getRecordComponents();
        if (!parts[0].equals(type.getSimpleName()) || parts.length != components.length + 1) {
            throw new SerializationException("'" + text + "' is not a " + type.getName());
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String[] field = parts[i + 1].split("=", 2);
            if (field.length != 2 || !field[0].equals(components[i].getName())) {
                throw new SerializationException("'" + text + "' has no " + components[i].getName() + " at field " + i);
            }
            types[i] = components[i].getType();
            args[i] = parse(types[i], field[1], text);
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new SerializationException("cannot build a " + type.getName() + " from '" + text + "'", e);
        }
    }

    private static Object parse(Class<?> type, String value, String text) {
        try {
            if (type == String.class) {
                return value;
            }
            if (type == int.class) {
                return Integer.parseInt(value);
            }
            if (type == long.class) {
                return Long.parseLong(value);
            }
        } catch (NumberFormatException e) {
            throw new SerializationException("'" + value + "' in '" + text + "' is not a " + type.getName(), e);
        }
        throw new SerializationException("TextSerializer cannot read fields of " + type.getName());
    }

    @Override
    public boolean isJson() {
        return json;
    }
}
