package io.extreme.serialization;

import io.extreme.serialization.SerializationException;
import io.extreme.serialization.Serializer;
import io.extreme.serialization.SerializerProvider;
import io.extreme.serialization.json.JsonSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A user's own serializer, known to the client only through
 * {@code META-INF/services/io.extreme.serialization.SerializerProvider} in this test's resources: JSON,
 * gzipped (so not flagged JSON). {@link CustomSerializerTest} chooses it by name alone.
 */
public final class GzipJsonSerializerProvider implements SerializerProvider {
    static final String NAME = "gzip-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Serializer create(Map<String, String> options) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("the gzip-json serializer takes no options, was given " + options.keySet());
        }
        return new GzipJson();
    }

    /** JSON by the JSON plugin, through gzip. */
    private static final class GzipJson implements Serializer {
        private final JsonSerializer json = JsonSerializer.create();

        @Override
        public byte[] serialize(Object value) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(json.serialize(value));
            } catch (IOException e) {
                throw new SerializationException("Cannot gzip " + value.getClass().getName() + ": " + e.getMessage(), e);
            }
            return bytes.toByteArray();
        }

        @Override
        public <T> T deserialize(byte[] data, Class<T> type) {
            try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(data))) {
                return json.deserialize(gzip.readAllBytes(), type);
            } catch (IOException e) {
                throw new SerializationException("Cannot gunzip " + type.getName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isJson() {
            return false;
        }

        @Override
        public String contentType() {
            return "application/gzip+json";
        }
    }
}
