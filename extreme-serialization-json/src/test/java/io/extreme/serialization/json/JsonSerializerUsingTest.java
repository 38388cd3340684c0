package io.extreme.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.extreme.serialization.SerializationException;
import io.extreme.serialization.json.TestEvents.OrderLine;
import io.extreme.serialization.json.TestEvents.Stamped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonSerializerUsingTest {
    record CustomerRenamed(String firstName, String lastName) {
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Test
    void theUsersNamingStrategyIsHonouredBothWays() {
        ObjectMapper mapper = JsonSerializer.defaultMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        JsonSerializer json = JsonSerializer.using(mapper);
        CustomerRenamed ada = new CustomerRenamed("Ada", "Lovelace");

        byte[] data = json.serialize(ada);

        assertThat(text(data)).isEqualTo("{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}");
        assertThat(json.deserialize(data, CustomerRenamed.class)).isEqualTo(ada);
    }

    @Test
    void laterChangesToTheUsersMapperDoNotReachTheSerializer() throws Exception {
        ObjectMapper mapper = JsonSerializer.defaultMapper();
        JsonSerializer json = JsonSerializer.using(mapper);

        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
        mapper.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(SerializationFeature.INDENT_OUTPUT);

        assertThat(text(json.serialize(new Stamped(Instant.parse("2024-05-01T10:15:30Z")))))
                .isEqualTo("{\"at\":\"2024-05-01T10:15:30Z\"}");
        assertThat(mapper.writeValueAsString(new OrderLine("s", 1, null)))
                .contains("\"Sku\"");
    }

    @Test
    void aPlainMapperIsUsedAsGiven() {
        // Without the defaults' JavaTimeModule a plain mapper cannot write an Instant: its choice.
        JsonSerializer json = JsonSerializer.using(new ObjectMapper());

        assertThat(text(json.serialize(new OrderLine("s", 1, null))))
                .isEqualTo("{\"sku\":\"s\",\"quantity\":1,\"price\":null}");
        assertThatThrownBy(() -> json.serialize(new Stamped(Instant.EPOCH)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Java 8 date/time type `java.time.Instant` not supported");
    }
}
