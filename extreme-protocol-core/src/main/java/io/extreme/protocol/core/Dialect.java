package io.extreme.protocol.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * What sets one protocol version apart, for the one mapping of this package: how wide event
 * numbers are on the wire, and which of the schema's later messages, fields and values the
 * version has. The schema is v4's, the superset; under {@link #V3} the core writes exactly the
 * bytes of v3's own schema and reads bytes as that schema would.
 *
 * <p>Immutable; safe from any thread.
 */
public final class Dialect {
    /**
     * Protocol v3 (EventStore 3.0 to 3.9.3): 32-bit event numbers, refused with an
     * {@link IllegalArgumentException} naming the field when a neutral one does not fit, and
     * none of the later features: IdentifyClient, {@code current_version}, {@code retryCount},
     * IsReadOnly.
     */
    public static final Dialect V3 = new Dialect(3, EventNumberWidth.BITS_32, EnumSet.noneOf(Feature.class));

    /** Protocol v4 (EventStore 3.9.4, 4.x and later): 64-bit event numbers and every feature. */
    public static final Dialect V4 = new Dialect(4, EventNumberWidth.BITS_64, EnumSet.allOf(Feature.class));

    private final int version;
    private final EventNumberWidth width;
    private final Set<Feature> features;

    private Dialect(int version, EventNumberWidth width, Set<Feature> features) {
        this.version = version;
        this.width = width;
        this.features = features;
    }

    /** The protocol version: 3 or 4. */
    public int version() {
        return version;
    }

    /** {@code "protocol v3"} or {@code "protocol v4"}, as the codec's errors name it. */
    @Override
    public String toString() {
        return "protocol v" + version;
    }

    boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** @see EventNumberWidth#toWire */
    long toWire(long number, String field) {
        return width.toWire(number, field);
    }

    /** @see EventNumberWidth#fromWire */
    long fromWire(long wire) {
        return width.fromWire(wire);
    }
}
