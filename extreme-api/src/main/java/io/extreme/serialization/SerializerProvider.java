package io.extreme.serialization;

import io.extreme.plugin.Plugin;
import java.util.Map;

/**
 * Makes {@link Serializer}s; found with {@link java.util.ServiceLoader} (a {@code provides} in
 * the plugin's {@code module-info}, and a {@code META-INF/services/io.extreme.serialization.SerializerProvider}
 * file for the class path), and chosen by {@link #name()} in the settings, or by the highest
 * {@link #priority()} when the settings name none.
 */
public interface SerializerProvider extends Plugin {
    /**
     * A serializer, which the client may share between threads.
     *
     * @param options the settings' serializer options (the properties' {@code serializer.*} keys,
     *                without the prefix), such as {@code registration_required=false}; a provider
     *                refuses a key it does not know, or a bad value, with an
     *                {@link IllegalArgumentException} that names it and says what is allowed
     */
    Serializer create(Map<String, String> options);
}
