package io.extreme.internal.typed;

import io.extreme.error.ConfigurationException;
import io.extreme.event.EventData;
import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.plugin.Plugins;
import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import io.extreme.typed.EventDecodingException;
import io.extreme.typed.EventDecodingException.Problem;
import io.extreme.typed.EventTypeMapping;
import io.extreme.typed.SerializationSettings;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventData;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typed API's one serializer and event type mapping: objects to {@link EventData} and
 * {@link ResolvedEvent}s back to objects. Decoding never looks at the policy for undecodable
 * events; it throws, and the callers apply the policy.
 *
 * <p>Threads: immutable; safe from any thread (serializers must be thread-safe).
 */
public final class Serialization {
    private static final Logger log = LoggerFactory.getLogger(Serialization.class);
    private final SerializationSettings settings;
    private final Serializer serializer;
    private final EventTypeMapping types;

    private Serialization(SerializationSettings settings, Serializer serializer) {
        this.settings = settings;
        this.serializer = serializer;
        this.types = settings.eventTypes();
    }

    /**
     * The serializer given in {@code settings}, or the plugin they name, or the plugin of highest priority.
     *
     * @throws ConfigurationException when there is none, or the plugin refuses its options
     */
    public static Serialization of(SerializationSettings settings) {
        Objects.requireNonNull(settings, "serialization");
        Serializer serializer = settings.serializer();
        if (serializer == null) {
            SerializerProvider provider = Plugins.find(SerializerProvider.class, settings.serializerName(), p -> true,
                    "extreme-serialization-json");
            try {
                serializer = provider.create(settings.options());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("The '" + provider.name() + "' serializer refused its options: "
                        + e.getMessage(), e);
            }
        }
        return new Serialization(settings, serializer);
    }

    /**
     * Checks, when connecting, settings that name a serializer or give it options: a typo there
     * fails at once instead of at the first typed call. Settings that name nothing are left for
     * the first {@code typed()} (an application without the typed API needs no plugin).
     *
     * @return the serialization it made, for the client to keep, or {@code null} when it made none
     */
    public static Serialization check(SerializationSettings settings) {
        if (settings.serializer() == null && (settings.serializerName() != null || !settings.options().isEmpty())) {
            return of(settings);
        }
        return null;
    }

    SerializationSettings settings() {
        return settings;
    }

    Serializer serializer() {
        return serializer;
    }

    /** {@code event} (an object, or a {@link TypedEventData}) as event data for the wire. */
    EventData encode(Object event) {
        Objects.requireNonNull(event, "events must not contain null");
        TypedEventData typed = event instanceof TypedEventData t ? t : TypedEventData.of(event);
        boolean raw = typed.data() instanceof byte[];
        if (raw && typed.eventType() == null) {
            throw new IllegalArgumentException("raw bytes need an event type: TypedEventData.of(bytes).withEventType(\"…\")");
        }
        String eventType = typed.eventType() != null ? typed.eventType() : types.eventTypeOf(typed.data().getClass());
        byte[] data = serialize(typed.data());
        byte[] metadata = typed.metadata() == null ? new byte[0] : serialize(typed.metadata());
        UUID id = typed.eventId() != null ? typed.eventId() : UUID.randomUUID();
        // Raw bytes are whatever the caller made them: not claimed to be JSON.
        // Both arrays are this event's own (raw bytes are cloned), so the event takes them as they are.
        return EventData.ofOwnedArrays(id, eventType, !raw && serializer.isJson(), data, metadata);
    }

    private byte[] serialize(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.clone(); // raw bytes pass as they are
        }
        return serializer.serialize(value);
    }

    /**
     * The event as {@code as}, with its metadata as the settings' metadata class.
     *
     * @throws EventDecodingException when it cannot be
     */
    <T> TypedEvent<T> decode(ResolvedEvent resolved, Class<T> as) {
        RecordedEvent event = resolved.event();
        if (event == null) { // a link whose event was deleted: nothing to decode, but the link's number counts
            throw new EventDecodingException(Problem.UNKNOWN_TYPE, resolved.originalEvent(),
                    "the link points at an event that no longer exists", null);
        }
        Class<? extends T> target = classFor(event, as);
        if (target == byte[].class) {
            byte[] metadata = event.hasMetadata() ? event.metadata() : null; // copies, the caller's to keep
            return new TypedEvent<>(resolved, as.cast(event.data()), metadata, null);
        }
        if (event.json() != serializer.isJson()) {
            throw new EventDecodingException(Problem.WRONG_CONTENT_TYPE, event, "its data is "
                    + (event.json() ? "JSON" : "not JSON") + " and the serializer reads " + serializer.contentType(), null);
        }
        T data;
        try {
            data = serializer.deserialize(event.data(), target);
        } catch (RuntimeException e) { // a plugin's own exception too: the policy decides, not the plugin
            throw new EventDecodingException(Problem.CORRUPT_DATA, event, e.getMessage(), e);
        }
        Object metadata = null;
        if (event.hasMetadata()) {
            try {
                metadata = serializer.deserialize(event.metadata(), settings.metadataType());
            } catch (RuntimeException e) {
                // Metadata is often another application's (plain text, another format): the data still
                // decodes; metadata(event, type) says what is wrong with it when asked.
                log.debug("metadata of event {}@{} not decoded: {}", event.eventNumber(), event.streamId(), e.getMessage());
            }
        }
        return new TypedEvent<>(resolved, data, metadata, null);
    }

    /**
     * The metadata of {@code event} as {@code type}; empty when it has none.
     *
     * @throws EventDecodingException (CORRUPT_METADATA) when the serializer cannot read it as {@code type}
     */
    <M> Optional<M> metadata(ResolvedEvent resolved, Class<M> type) {
        RecordedEvent event = resolved.event() != null ? resolved.event() : resolved.originalEvent();
        if (!event.hasMetadata()) {
            return Optional.empty();
        }
        if (type == byte[].class) {
            return Optional.of(type.cast(event.metadata())); // raw, as written (a copy)
        }
        try {
            return Optional.ofNullable(serializer.deserialize(event.metadata(), type));
        } catch (RuntimeException e) {
            throw new EventDecodingException(Problem.CORRUPT_METADATA, event, e.getMessage(), e);
        }
    }

    /**
     * The class to read {@code event} as: the mapping's class for its type if it is an {@code as},
     * else {@code as} itself or one of its sealed subclasses whose type is the event's.
     */
    @SuppressWarnings("unchecked")
    private <T> Class<? extends T> classFor(RecordedEvent event, Class<T> as) {
        if (as == byte[].class) {
            return as;
        }
        String type = event.eventType();
        Optional<Class<?>> mapped = types.classOf(type);
        if (mapped.isPresent() && as.isAssignableFrom(mapped.get())) {
            return (Class<? extends T>) mapped.get();
        }
        Deque<Class<?>> candidates = new ArrayDeque<>();
        candidates.add(as);
        while (!candidates.isEmpty()) {
            Class<?> candidate = candidates.poll();
            if (candidate.isSealed()) {
                candidates.addAll(List.of(candidate.getPermittedSubclasses()));
            }
            if (candidate != Object.class && !candidate.isInterface()
                    && !Modifier.isAbstract(candidate.getModifiers()) && typeOf(candidate).equals(type)) {
                return (Class<? extends T>) candidate;
            }
        }
        if (as == Object.class) {
            return (Class<? extends T>) Object.class; // nothing better known: what the serializer finds (a Map for JSON)
        }
        throw new EventDecodingException(Problem.UNKNOWN_TYPE, event, mapped.isPresent()
                ? "its type maps to " + mapped.get().getName() + ", which is not a " + as.getName()
                : "no class is mapped to this type (asked for " + as.getName() + ", mapping " + types + ")", null);
    }

    private String typeOf(Class<?> candidate) {
        try {
            return types.eventTypeOf(candidate);
        } catch (IllegalArgumentException unmapped) {
            return ""; // a registry without this class: never an event's type
        }
    }
}
