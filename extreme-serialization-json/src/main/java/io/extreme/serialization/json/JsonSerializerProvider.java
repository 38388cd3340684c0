package io.extreme.serialization.json;

import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import java.util.Map;

/**
 * Makes {@link JsonSerializer}s with the defaults of {@link JsonSerializer#create()}. Found by
 * {@link java.util.ServiceLoader} under the name {@value #NAME}; its priority
 * {@value #PRIORITY} makes it the choice when the settings name no serializer and no plugin with
 * a higher priority is present.
 *
 * <p>It takes no options: everything about the JSON is a setting of Jackson's
 * {@code ObjectMapper}, so give your own with {@link JsonSerializer#using} instead.
 *
 * <p>Threads: {@link #create} may be called from any thread; the serializers it makes are
 * thread-safe.
 */
public final class JsonSerializerProvider implements SerializerProvider {
    /** The name to choose this serializer by in the settings. */
    public static final String NAME = "json";

    /** Above the default of 0, so JSON wins over plugins that do not say otherwise. */
    public static final int PRIORITY = 20;

    /** For {@link java.util.ServiceLoader}. */
    public JsonSerializerProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * A serializer with the defaults.
     *
     * @param options must be empty
     * @throws IllegalArgumentException if {@code options} is {@code null} or holds any key
     */
    @Override
    public Serializer create(Map<String, String> options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; give an empty map for none");
        }
        if (!options.isEmpty()) {
            // The first key in sorted order, so the message is the same on every run.
            String unknown = options.keySet().stream()
                    .map(String::valueOf).sorted().findFirst().orElseThrow();
            throw new IllegalArgumentException("unknown JSON serializer option '" + unknown
                    + "'; the JSON serializer takes none (give your own ObjectMapper with JsonSerializer.using)");
        }
        return JsonSerializer.create();
    }

    @Override
    public String toString() {
        return "JsonSerializerProvider[" + NAME + ", priority " + PRIORITY + "]";
    }
}
