package io.extreme.typed;

import io.extreme.serialization.Serializer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the typed API ({@link io.extreme.ExtremeClient#typed()}) turns objects into events and back: the
 * serializer (given, or a plugin found by name, or the plugin of highest priority on the class
 * path), its options, the event type mapping, what to do with events that cannot be decoded, and
 * the class metadata is read as. Immutable; {@link #DEFAULTS} is the default of
 * {@link io.extreme.ExtremeSettings}. The raw byte API ignores all of it.
 *
 * @param serializerName the name of the {@link io.extreme.serialization.SerializerProvider} to use
 *                       ({@code "json"}, {@code "kryo"} or your own), or {@code null} for the
 *                       highest priority on the class path
 * @param serializer     a serializer to use as given, or {@code null}; wins over the name
 * @param options        options for the named plugin (the properties' {@code serializer.*} keys)
 * @param eventTypes     event type strings for classes and back
 * @param undecodable    what typed reads, subscriptions and handlers do with undecodable events
 * @param metadataType   the class metadata is read as; {@code Object.class} lets the serializer
 *                       choose (a JSON object becomes a {@code Map})
 */
public record SerializationSettings(String serializerName, Serializer serializer, Map<String, String> options,
                                    EventTypeMapping eventTypes, UndecodableEvents undecodable, Class<?> metadataType) {
    /** The plugin of highest priority, annotated or simple-name types, failing on undecodable events. */
    public static final SerializationSettings DEFAULTS = new SerializationSettings(null, null, Map.of(),
            EventTypeMapping.annotated(), UndecodableEvents.FAIL, Object.class);

    public SerializationSettings {
        if (serializerName != null && serializerName.isBlank()) {
            throw new IllegalArgumentException("serializer name must not be blank (json, kryo, or a plugin's name)");
        }
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(undecodable, "undecodable");
        Objects.requireNonNull(metadataType, "metadataType");
    }

    /** Uses the serializer plugin named {@code name}. */
    public SerializationSettings withSerializer(String name) {
        Objects.requireNonNull(name, "serializer");
        return new SerializationSettings(name, null, options, eventTypes, undecodable, metadataType);
    }

    /** Uses {@code value} as given (your own ObjectMapper in a JSON serializer, a Kryo one with your registrations). */
    public SerializationSettings withSerializer(Serializer value) {
        Objects.requireNonNull(value, "serializer");
        return new SerializationSettings(null, value, options, eventTypes, undecodable, metadataType);
    }

    /** Passes {@code key=value} to the serializer plugin, which refuses keys it does not know. */
    public SerializationSettings withOption(String key, String value) {
        Objects.requireNonNull(key, "option key");
        Objects.requireNonNull(value, "option value");
        Map<String, String> more = new HashMap<>(options);
        more.put(key, value);
        return new SerializationSettings(serializerName, serializer, more, eventTypes, undecodable, metadataType);
    }

    public SerializationSettings withEventTypes(EventTypeMapping value) {
        return new SerializationSettings(serializerName, serializer, options, value, undecodable, metadataType);
    }

    public SerializationSettings withUndecodable(UndecodableEvents value) {
        return new SerializationSettings(serializerName, serializer, options, eventTypes, value, metadataType);
    }

    public SerializationSettings withMetadataType(Class<?> value) {
        return new SerializationSettings(serializerName, serializer, options, eventTypes, undecodable, value);
    }
}
