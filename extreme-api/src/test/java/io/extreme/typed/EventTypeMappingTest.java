package io.extreme.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Event type strings for classes and classes for event types: the built-in mappings and the registry. */
class EventTypeMappingTest {
    private static final String FULL = EventTypeMappingTest.class.getName();
    static final AtomicBoolean LOUD_INITIALIZED = new AtomicBoolean();

    @EventType("order-placed")
    record Placed(String order) {
    }

    record Shipped(String order) {
    }

    /** Its annotation gives it the simple name of {@link Shipped}. */
    @EventType("Shipped")
    record ShippedAgain(String order) {
    }

    @EventType(" ")
    record Blank() {
    }

    /** Another {@code Shipped}, as a second bounded context would have. */
    static final class Legacy {
        record Shipped(String order) {
        }
    }

    /** Records whether loading it ran its static initializer. */
    static final class Loud {
        static {
            LOUD_INITIALIZED.set(true);
        }
    }

    static Stream<Arguments> written() {
        return Stream.of(
                arguments("annotated: the annotation wins", EventTypeMapping.annotated(), Placed.class, "order-placed"),
                arguments("annotated: else the simple name", EventTypeMapping.annotated(), Shipped.class, "Shipped"),
                arguments("simpleNames ignore annotations", EventTypeMapping.simpleNames(), Placed.class, "Placed"),
                arguments("fullNames", EventTypeMapping.fullNames("io.extreme"), Placed.class, FULL + "$Placed"),
                arguments("registry", new EventTypeRegistry().register(Placed.class, "placed.v2"), Placed.class, "placed.v2"),
                arguments("registry by annotation", new EventTypeRegistry().register(Placed.class), Placed.class,
                        "order-placed"),
                arguments("registry by simple name", new EventTypeRegistry().register(Shipped.class), Shipped.class,
                        "Shipped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void writesTheType(String rule, EventTypeMapping mapping, Class<?> type, String eventType) {
        assertThat(mapping.eventTypeOf(type)).isEqualTo(eventType);
    }

    static Stream<Arguments> read() {
        EventTypeMapping annotated = EventTypeMapping.annotated(Placed.class, Shipped.class);
        EventTypeMapping fullNames = EventTypeMapping.fullNames("io.extreme.internal", "io.extreme");
        return Stream.of(
                arguments("annotated: a known class by its annotation", annotated, "order-placed", Placed.class),
                arguments("annotated: a known class by its simple name", annotated, "Shipped", Shipped.class),
                arguments("annotated: not by the name its annotation replaces", annotated, "Placed", null),
                arguments("annotated: an unknown type", annotated, "Refunded", null),
                arguments("annotated: nothing known", EventTypeMapping.annotated(), "Shipped", null),
                arguments("simpleNames: a known class", EventTypeMapping.simpleNames(Placed.class), "Placed", Placed.class),
                arguments("fullNames: a class in an allowed package", fullNames, FULL + "$Shipped", Shipped.class),
                arguments("fullNames: a class outside them", fullNames, "java.lang.ProcessBuilder", null),
                arguments("fullNames: a package that is not there", fullNames, "com.evil.X", null),
                arguments("fullNames: a prefix that is not a package", EventTypeMapping.fullNames("io.ext"),
                        FULL + "$Shipped", null),
                arguments("fullNames: a missing class", fullNames, "io.extreme.NoSuchEvent", null),
                arguments("registry", new EventTypeRegistry().register(Shipped.class, "shipped.v1"), "shipped.v1",
                        Shipped.class),
                arguments("registry: an unknown type", new EventTypeRegistry(), "shipped.v1", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("read")
    void readsTheClass(String rule, EventTypeMapping mapping, String eventType, Class<?> expected) {
        assertThat(mapping.classOf(eventType)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aBlankAnnotationIsRefused() {
        assertThatThrownBy(() -> EventTypeMapping.annotated().eventTypeOf(Blank.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Blank.class.getName());
        assertThatThrownBy(() -> EventTypeMapping.annotated(Blank.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> new EventTypeRegistry().register(Blank.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Blank.class.getName());
    }

    @Test
    void twoKnownClassesWithOneTypeAreRefusedNamingBoth() {
        assertThatThrownBy(() -> EventTypeMapping.annotated(Shipped.class, ShippedAgain.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Shipped.class.getName())
                .hasMessageContaining(ShippedAgain.class.getName()).hasMessageContaining("'Shipped'");
        assertThatThrownBy(() -> EventTypeMapping.simpleNames(Shipped.class, Legacy.Shipped.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Shipped.class.getName())
                .hasMessageContaining(Legacy.Shipped.class.getName());
        assertThat(EventTypeMapping.annotated(Shipped.class, Shipped.class).classOf("Shipped")).contains(Shipped.class);
    }

    @Test
    void fullNamesNeedsAPackageAndDoesNotInitializeWhatItLoads() {
        assertThatThrownBy(EventTypeMapping::fullNames).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one package");
        assertThatThrownBy(() -> EventTypeMapping.fullNames("io.extreme", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packages");
        assertThat(EventTypeMapping.fullNames("io.extreme").classOf(FULL + "$Loud")).contains(Loud.class);
        assertThat(LOUD_INITIALIZED).as("an event type must not run a class's static code").isFalse();
    }

    @Test
    void theRegistryMapsBothWaysOneToOne() {
        EventTypeRegistry registry = new EventTypeRegistry().register(Placed.class, "placed").register(Shipped.class);
        assertThat(registry.eventTypeOf(Placed.class)).isEqualTo("placed");
        assertThat(registry.classOf("placed")).contains(Placed.class);
        assertThat(registry.classOf("Shipped")).contains(Shipped.class);
        assertThat(registry.register(Placed.class, "placed")).as("the same pair again is fine").isSameAs(registry);

        assertThatThrownBy(() -> registry.register(Placed.class, "placed.v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Placed.class.getName())
                .hasMessageContaining("'placed'").hasMessageContaining("'placed.v2'");
        assertThatThrownBy(() -> registry.register(ShippedAgain.class, "placed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Placed.class.getName())
                .hasMessageContaining(ShippedAgain.class.getName());
        assertThatThrownBy(() -> registry.register(ShippedAgain.class, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
        assertThat(registry.classOf("placed.v2")).as("a refused registration leaves nothing behind").isEmpty();
    }

    @Test
    void writingAnUnregisteredClassIsRefusedNamingIt() {
        assertThatThrownBy(() -> new EventTypeRegistry().register(Placed.class).eventTypeOf(Shipped.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Shipped.class.getName())
                .hasMessageContaining("register(Shipped.class");
    }
}
