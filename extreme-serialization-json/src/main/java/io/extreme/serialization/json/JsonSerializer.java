package io.extreme.serialization.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.extreme.serialization.SerializationException;
import io.extreme.serialization.Serializer;
import java.io.IOException;

/**
 * Events as JSON, with Jackson. The bytes are sent with EventStore's JSON flag, so projections
 * and the web UI read them, and so are events written by other clients in other languages.
 *
 * <p>{@link #create()} uses {@link #defaultMapper()}: records and beans, {@code java.time}
 * values as ISO-8601 text ({@code "2024-05-01T10:15:30Z"}, {@code "PT1H30M"}) with the offset
 * they were written with, {@code Optional} fields, unknown properties ignored (events evolve: a
 * reader built against an old event class still reads the new events), and no polymorphic
 * default typing (JSON from the store never chooses which class to build). {@link #using}
 * takes your own {@link ObjectMapper} instead, used as configured.
 *
 * <p>{@code deserialize(data, Object.class)} answers with Jackson's natural tree: {@code Map},
 * {@code List}, {@code String}, {@code Number}, {@code Boolean} or {@code null}. The JSON
 * {@code null} reads as {@code null} for every type.
 *
 * <p>Failures: {@link SerializationException} naming the class and the first line of Jackson's
 * reason, with the line and column in the JSON, and the field, when Jackson knows them.
 *
 * <p>Threads: immutable once built; called from any number of threads at once. Nothing blocks
 * beyond the CPU work of reading and writing the bytes.
 *
 * <p>Modules: Jackson builds your classes reflectively, so a named module that holds them must
 * open their package to {@code com.fasterxml.jackson.databind}.
 */
public final class JsonSerializer implements Serializer {
    /** The MIME type of every event this serializer writes. */
    public static final String CONTENT_TYPE = "application/json";

    private final ObjectMapper mapper;

    private JsonSerializer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A serializer with {@link #defaultMapper()}. */
    public static JsonSerializer create() {
        return new JsonSerializer(defaultMapper());
    }

    /**
     * A serializer with a copy of {@code mapper}, taken now, so that later changes to
     * {@code mapper} do not reach a serializer that other threads already use. Its settings are
     * used as given: enabling polymorphic default typing on it, for instance, lets the JSON in
     * the store choose the classes to build, which is a known route to remote code execution.
     *
     * @param mapper your mapper; start from {@link #defaultMapper()} to keep the defaults
     * @throws IllegalArgumentException if {@code mapper} is {@code null}, or is a subclass of
     *                                  {@code ObjectMapper} that cannot be copied
     */
    public static JsonSerializer using(ObjectMapper mapper) {
        if (mapper == null) {
            throw new IllegalArgumentException("mapper must not be null; use JsonSerializer.create() for the defaults");
        }
        try {
            return new JsonSerializer(mapper.copy());
        } catch (IllegalStateException e) {
            // ObjectMapper.copy() refuses subclasses that do not override it.
            throw new IllegalArgumentException("mapper " + mapper.getClass().getName()
                    + " cannot be copied: " + e.getMessage(), e);
        }
    }

    /**
     * A new mapper with the defaults of {@link #create()}, for those who want to change one
     * thing (a naming strategy, a module of their own) and pass it to {@link #using}.
     */
    public static ObjectMapper defaultMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // Old readers must read new events, which may carry fields they do not know.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Keep the offset an OffsetDateTime or ZonedDateTime was written with, not UTC.
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // An event's data is one JSON value: anything after it means corrupt data.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * The JSON of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is {@code null}
     * @throws SerializationException   if Jackson cannot write it, naming its class and why
     */
    @Override
    public byte[] serialize(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + value.getClass().getTypeName()
                    + " as JSON: " + JacksonFailures.describe(e), e);
        }
    }

    /**
     * The object in the JSON {@code data}, as {@code type}.
     *
     * @throws IllegalArgumentException if {@code data} or {@code type} is {@code null}
     * @throws SerializationException   if {@code data} is empty, is not JSON, or does not fit
     *                                  {@code type}, naming {@code type} and why
     */
    @Override
    public <T> T deserialize(byte[] data, Class<T> type) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (type == null) {
            throw new IllegalArgumentException("type must not be null; use Object.class to read any JSON");
        }
        if (data.length == 0) {
            throw new SerializationException("no JSON to read as " + type.getTypeName());
        }
        try {
            return mapper.readValue(data, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot read " + type.getTypeName()
                    + " from JSON: " + JacksonFailures.describe(e), e);
        }
    }

    /** Always {@code true}: the events are written with EventStore's JSON flag. */
    @Override
    public boolean isJson() {
        return true;
    }

    /** {@value #CONTENT_TYPE}. */
    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String toString() {
        return "JsonSerializer[" + CONTENT_TYPE + "]";
    }
}
