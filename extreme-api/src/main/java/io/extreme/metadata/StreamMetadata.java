package io.extreme.metadata;

import io.extreme.internal.json.MetadataKeys;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stream's metadata: retention ({@code $maxCount}, {@code $maxAge}, {@code $tb}), the
 * {@code $cacheControl} hint, the {@link StreamAcl} and any custom properties of your own.
 * Immutable; build with {@link #builder()}. Absent settings are {@code null}.
 *
 * <p>Custom values are JSON values as Java objects: {@code String}, {@code Number},
 * {@code Boolean}, {@code null}, {@code List} and {@code Map<String, ?>}.
 */
public final class StreamMetadata {
    /** Metadata with nothing set. */
    public static final StreamMetadata EMPTY = builder().build();

    private final Long maxCount;
    private final Duration maxAge;
    private final Long truncateBefore;
    private final Duration cacheControl;
    private final StreamAcl acl;
    private final Map<String, Object> customProperties;

    private StreamMetadata(Builder b) {
        maxCount = b.maxCount;
        maxAge = b.maxAge;
        truncateBefore = b.truncateBefore;
        cacheControl = b.cacheControl;
        acl = b.acl;
        customProperties = Collections.unmodifiableMap(new LinkedHashMap<>(b.customProperties));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Keep only the last this many events; {@code null} for no limit. */
    public Long maxCount() { return maxCount; }
    /** Hide events older than this (whole seconds); {@code null} for no limit. */
    public Duration maxAge() { return maxAge; }
    /** Hide events numbered below this; {@code null} for none. */
    public Long truncateBefore() { return truncateBefore; }
    /** The HTTP cache hint (whole seconds); {@code null} for none. */
    public Duration cacheControl() { return cacheControl; }
    /** The ACL, or {@code null} for the server's defaults. */
    public StreamAcl acl() { return acl; }
    /** Your own properties, in the order written. */
    public Map<String, Object> customProperties() { return customProperties; }

    /** A custom property, or {@code null}. */
    public Object customProperty(String key) {
        return customProperties.get(key);
    }

    /** The metadata as EventStore stores it: a JSON object. */
    public String toJson() {
        return MetadataJson.write(this);
    }

    /**
     * Parses the JSON EventStore stores; unknown keys become custom properties.
     *
     * @throws IllegalArgumentException when the text is not a JSON object or a reserved key has the wrong type
     */
    public static StreamMetadata fromJson(String json) {
        Builder b = new Builder();
        for (Map.Entry<String, Object> e : MetadataJson.parseObject(json).entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case MetadataKeys.MAX_COUNT -> b.maxCount = number(e.getKey(), v);
                case MetadataKeys.MAX_AGE -> b.maxAge = seconds(e.getKey(), v);
                case MetadataKeys.TRUNCATE_BEFORE -> b.truncateBefore = number(e.getKey(), v);
                case MetadataKeys.CACHE_CONTROL -> b.cacheControl = seconds(e.getKey(), v);
                case MetadataKeys.ACL -> b.acl = MetadataJson.readAcl(v);
                default -> b.customProperties.put(e.getKey(), v);
            }
        }
        return b.build();
    }

    private static Long number(String key, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException(key + " must be a number, was " + value);
    }

    private static Duration seconds(String key, Object value) {
        Long n = number(key, value);
        return n == null ? null : Duration.ofSeconds(n);
    }

    /** A builder that starts from this metadata. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxCount = maxCount;
        b.maxAge = maxAge;
        b.truncateBefore = truncateBefore;
        b.cacheControl = cacheControl;
        b.acl = acl;
        b.customProperties.putAll(customProperties);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamMetadata m && Objects.equals(maxCount, m.maxCount) && Objects.equals(maxAge, m.maxAge)
                && Objects.equals(truncateBefore, m.truncateBefore) && Objects.equals(cacheControl, m.cacheControl)
                && Objects.equals(acl, m.acl) && customProperties.equals(m.customProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxCount, maxAge, truncateBefore, cacheControl, acl, customProperties);
    }

    @Override
    public String toString() {
        return "StreamMetadata" + toJson();
    }

    /** Builds {@link StreamMetadata}; setters refuse values EventStore would ignore. */
    public static final class Builder {
        private Long maxCount;
        private Duration maxAge;
        private Long truncateBefore;
        private Duration cacheControl;
        private StreamAcl acl;
        private final Map<String, Object> customProperties = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder maxCount(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxCount must be at least 1, was " + value);
            }
            maxCount = value;
            return this;
        }

        public Builder maxAge(Duration value) {
            maxAge = wholeSeconds("maxAge", value);
            return this;
        }

        public Builder truncateBefore(long eventNumber) {
            if (eventNumber < 0) {
                throw new IllegalArgumentException("truncateBefore must be an event number >= 0, was " + eventNumber);
            }
            truncateBefore = eventNumber;
            return this;
        }

        public Builder cacheControl(Duration value) {
            cacheControl = wholeSeconds("cacheControl", value);
            return this;
        }

        public Builder acl(StreamAcl value) {
            acl = value;
            return this;
        }

        /** A property of your own; keys starting with {@code $} are EventStore's and are refused. */
        public Builder customProperty(String key, Object value) {
            Objects.requireNonNull(key, "key");
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("custom property key must not start with '$' (reserved), was '" + key + "'");
            }
            MetadataJson.checkValue(key, value);
            customProperties.put(key, value);
            return this;
        }

        public StreamMetadata build() {
            return new StreamMetadata(this);
        }

        private static Duration wholeSeconds(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.getSeconds() < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 second, was " + value);
            }
            return Duration.ofSeconds(value.getSeconds());
        }
    }
}
