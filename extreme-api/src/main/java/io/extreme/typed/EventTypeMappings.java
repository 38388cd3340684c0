package io.extreme.typed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The built-in {@link EventTypeMapping}s: by annotation, simple name or full name. */
public final class EventTypeMappings {
    private EventTypeMappings() {
    }

    public static EventTypeMapping annotated(Class<?>... known) {
        return new ByName("annotated", EventTypeMappings::annotatedName, known);
    }

    public static EventTypeMapping simpleNames(Class<?>... known) {
        return new ByName("simpleNames", Class::getSimpleName, known);
    }

    public static EventTypeMapping fullNames(String... packages) {
        Objects.requireNonNull(packages, "packages");
        if (packages.length == 0) {
            throw new IllegalArgumentException("fullNames needs at least one package to load event classes from,"
                    + " such as fullNames(\"com.shop.events\"): an event type must not choose any class on the class path");
        }
        for (String p : packages) {
            if (p == null || p.isBlank()) {
                throw new IllegalArgumentException("packages must be package names, was '" + p + "'");
            }
        }
        return new FullNames(List.of(packages));
    }

    static String annotatedName(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        if (annotation == null) {
            return type.getSimpleName();
        }
        if (annotation.value().isBlank()) {
            throw new IllegalArgumentException("@EventType on " + type.getName() + " must not be blank");
        }
        return annotation.value();
    }

    /** Types from a function of the class; reads the known classes by their types. */
    private static final class ByName implements EventTypeMapping {
        private final String kind;
        private final Function<Class<?>, String> naming;
        private final Map<String, Class<?>> known = new HashMap<>();

        ByName(String kind, Function<Class<?>, String> naming, Class<?>... classes) {
            this.kind = kind;
            this.naming = naming;
            for (Class<?> type : Objects.requireNonNull(classes, "known")) {
                Objects.requireNonNull(type, "known classes must not contain null");
                Class<?> before = known.put(naming.apply(type), type);
                if (before != null && before != type) {
                    throw new IllegalArgumentException(before.getName() + " and " + type.getName()
                            + " would both be event type '" + naming.apply(type) + "'");
                }
            }
        }

        @Override
        public String eventTypeOf(Class<?> type) {
            return naming.apply(type);
        }

        @Override
        public Optional<Class<?>> classOf(String eventType) {
            return Optional.ofNullable(known.get(eventType));
        }

        @Override
        public String toString() {
            return kind + known.keySet();
        }
    }

    /** Full class names; reads load classes from the allowed packages only. */
    private record FullNames(List<String> packages) implements EventTypeMapping {
        @Override
        public String eventTypeOf(Class<?> type) {
            return type.getName();
        }

        @Override
        public Optional<Class<?>> classOf(String eventType) {
            if (packages.stream().noneMatch(p -> eventType.startsWith(p + "."))) {
                return Optional.empty();
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                return Optional.of(Class.forName(eventType, false,
                        loader != null ? loader : EventTypeMappings.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }
    }
}
