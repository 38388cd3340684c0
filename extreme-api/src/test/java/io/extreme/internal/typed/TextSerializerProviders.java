package io.extreme.internal.typed;

import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import java.util.Map;

/**
 * Test-only serializer plugins, deliberately not listed in src/test/resources/META-INF/services:
 * {@link SerializationPluginsTest} offers them through a context class loader of its own, so every
 * other test still sees a class path without serializer plugins. Public, with public no-argument
 * constructors, because {@link java.util.ServiceLoader} makes them.
 */
public final class TextSerializerProviders {
    private TextSerializerProviders() {
    }

    /** {@code test-json}: the text serializer claiming JSON; the higher priority. */
    public static final class Json implements SerializerProvider {
        @Override
        public String name() {
            return "test-json";
        }

        @Override
        public int priority() {
            return 5;
        }

        @Override
        public Serializer create(Map<String, String> options) {
            return new TextSerializer(true, checked(name(), options));
        }
    }

    /** {@code test-binary}: the text serializer as binary; the lower priority. */
    public static final class Binary implements SerializerProvider {
        @Override
        public String name() {
            return "test-binary";
        }

        @Override
        public int priority() {
            return 1;
        }

        @Override
        public Serializer create(Map<String, String> options) {
            return new TextSerializer(false, checked(name(), options));
        }
    }

    /** Refuses option keys other than {@code flavour}, as the SPI asks providers to. */
    private static Map<String, String> checked(String plugin, Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!key.equals("flavour")) {
                throw new IllegalArgumentException(plugin + " serializer has no option '" + key + "'; known: flavour");
            }
        }
        return options;
    }
}
