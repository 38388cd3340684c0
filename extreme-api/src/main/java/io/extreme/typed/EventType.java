package io.extreme.typed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The event type a class is written with, when {@link EventTypeMapping#annotated} (the default)
 * maps types: {@code @EventType("order-placed") record OrderPlaced(...)}. The name then survives
 * renaming or moving the class, which a type taken from the class name would not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** The event type on the wire; not blank. */
    String value();
}
