package io.extreme.typed;

import java.util.Optional;

/**
 * Decides the event type string a class is written with, and the class an event type is read
 * as. Choose one in {@link SerializationSettings#withEventTypes}:
 * <ul>
 *   <li>{@link #annotated} (the default): the class's {@link EventType} annotation, else its
 *       simple name;</li>
 *   <li>{@link #simpleNames}: {@code OrderPlaced};</li>
 *   <li>{@link #fullNames}: {@code com.shop.OrderPlaced}, as the Elixir client writes a struct's
 *       module name;</li>
 *   <li>{@link EventTypeRegistry}: every class and its type given explicitly.</li>
 * </ul>
 * On read, a typed call names the class it wants: events whose type maps to that class, or to a
 * subclass (the permitted subclasses of a sealed interface are found by themselves), are decoded;
 * others are undecodable (see {@link UndecodableEvents}).
 *
 * <p>Threads: implementations are called from any thread at once; those here are immutable.
 */
public interface EventTypeMapping {
    /**
     * The event type {@code type} is written with.
     *
     * @throws IllegalArgumentException when this mapping has no type for the class
     */
    String eventTypeOf(Class<?> type);

    /** The class an event of {@code eventType} is read as, if this mapping knows one. */
    Optional<Class<?>> classOf(String eventType);

    /**
     * The {@link EventType} annotation's value, else the simple name; reads the classes given
     * here (and, in typed reads, the class asked for and its sealed subclasses) by their types.
     */
    static EventTypeMapping annotated(Class<?>... known) {
        return EventTypeMappings.annotated(known);
    }

    /** The class's simple name; reads the classes given here (and those a typed read asks for) by it. */
    static EventTypeMapping simpleNames(Class<?>... known) {
        return EventTypeMappings.simpleNames(known);
    }

    /**
     * The class's full name. Reads load the named class, but only from the packages given (and
     * their subpackages): an event type in the store must not choose any class on the class path.
     *
     * @param packages at least one package, such as {@code "com.shop.events"}
     */
    static EventTypeMapping fullNames(String... packages) {
        return EventTypeMappings.fullNames(packages);
    }
}
