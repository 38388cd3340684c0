package io.extreme.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.extreme.serialization.SerializationException;
import io.extreme.serialization.json.TestEvents.Batch;
import io.extreme.serialization.json.TestEvents.Note;
import io.extreme.serialization.json.TestEvents.OrderPlaced;
import io.extreme.serialization.json.TestEvents.Stamped;
import io.extreme.serialization.json.TestEvents.Unwritable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class JsonSerializerFailureTest {
    private final JsonSerializer json = JsonSerializer.create();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A one-line SerializationException that names the class read. */
    private AbstractThrowableAssert<?, ?> readFails(byte[] data, Class<?> type) {
        return assertThatThrownBy(() -> json.deserialize(data, type))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot read " + type.getTypeName() + " from JSON: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r"))
                .hasCauseInstanceOf(JsonProcessingException.class);
    }

    @Test
    void corruptBytesAreRefusedWithTheLineAndColumn() {
        readFails(utf8("{x"), Note.class)
                .hasMessageContaining("Unexpected character ('x'")
                .hasMessageEndingWith("at line 1, column 2");
    }

    @Test
    void bytesThatAreNotTextAtAllAreRefused() {
        readFails(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x7B}, Note.class);
    }

    @Test
    void truncatedJsonIsRefused() {
        byte[] whole = json.serialize(TestEvents.order());

        readFails(Arrays.copyOf(whole, whole.length / 2), OrderPlaced.class)
                .hasMessageContaining("end-of-input");
    }

    @Test
    void dataAfterTheJsonValueIsRefused() {
        readFails(utf8("{\"text\":\"a\"} {\"text\":\"b\"}"), Note.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void anArrayWhereAnObjectIsWantedIsRefused() {
        readFails(utf8("[1, 2, 3]"), Note.class)
                .hasMessageContaining("from Array value");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldWhereItIs() {
        String data = "{\"name\":\"b\",\"lines\":[{\"sku\":\"s\",\"quantity\":\"many\"}]}";

        readFails(utf8(data), Batch.class)
                .hasMessageContaining("\"many\"")
                .hasMessageEndingWith("(field lines[0].quantity)");
    }

    @Test
    void aBadJavaTimeValueIsRefused() {
        readFails(utf8("{\"at\":\"yesterday\"}"), Stamped.class)
                .hasMessageContaining("java.time.Instant")
                .hasMessageEndingWith("(field at)");
    }

    @Test
    void emptyDataIsRefusedNamingTheClass() {
        assertThatThrownBy(() -> json.deserialize(new byte[0], Note.class))
                .isInstanceOf(SerializationException.class)
                .hasMessage("no JSON to read as " + Note.class.getTypeName());
    }

    @Test
    void onlyWhitespaceIsRefused() {
        readFails(utf8("  \n "), Note.class);
    }

    @Test
    void aValueJacksonCannotWriteIsRefusedNamingItsClass() {
        assertThatThrownBy(() -> json.serialize(new Unwritable()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot write " + Unwritable.class.getTypeName() + " as JSON: ")
                .hasMessageContaining("the reason cannot be read")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> json.serialize(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be null");
        assertThatThrownBy(() -> json.deserialize(null, Note.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("data must not be null");
        assertThatThrownBy(() -> json.deserialize(utf8("{}"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("type must not be null");
        assertThatThrownBy(() -> JsonSerializer.using(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mapper must not be null");
    }
}
