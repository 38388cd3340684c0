package io.extreme.typed;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An explicit {@link EventTypeMapping}: every class and its event type registered by hand, one
 * to one. Writing a class that is not registered fails, naming it.
 *
 * <pre>{@code
 * EventTypeRegistry types = new EventTypeRegistry()
 *         .register(OrderPlaced.class, "order-placed")
 *         .register(OrderShipped.class, "order-shipped");
 * }</pre>
 *
 * <p>Threads: safe to register and look up from any thread.
 */
public final class EventTypeRegistry implements EventTypeMapping {
    private final Map<Class<?>, String> types = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

    /**
     * Maps {@code type} to {@code eventType} both ways.
     *
     * @throws IllegalArgumentException when either side is already mapped to something else, or the type is blank
     */
    public synchronized EventTypeRegistry register(Class<?> type, String eventType) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventType, "eventType");
        if (eventType.isBlank()) {
            throw new IllegalArgumentException("eventType for " + type.getName() + " must not be blank");
        }
        String before = types.get(type);
        if (before != null && !before.equals(eventType)) {
            throw new IllegalArgumentException(type.getName() + " is already registered as '" + before
                    + "', cannot register it as '" + eventType + "'");
        }
        Class<?> owner = classes.get(eventType);
        if (owner != null && owner != type) {
            throw new IllegalArgumentException("event type '" + eventType + "' is already registered for "
                    + owner.getName() + ", cannot register it for " + type.getName());
        }
        types.put(type, eventType);
        classes.put(eventType, type);
        return this;
    }

    /** Maps {@code type} to its {@link EventType} annotation's value, else its simple name. */
    public EventTypeRegistry register(Class<?> type) {
        Objects.requireNonNull(type, "type");
        EventType annotation = type.getAnnotation(EventType.class);
        return register(type, annotation != null ? annotation.value() : type.getSimpleName());
    }

    @Override
    public String eventTypeOf(Class<?> type) {
        String eventType = types.get(type);
        if (eventType == null) {
            throw new IllegalArgumentException(type.getName() + " has no event type in the registry; register it"
                    + " with register(" + type.getSimpleName() + ".class, \"its-type\")");
        }
        return eventType;
    }

    @Override
    public Optional<Class<?>> classOf(String eventType) {
        return Optional.ofNullable(classes.get(eventType));
    }

    @Override
    public String toString() {
        return "EventTypeRegistry" + types;
    }
}
