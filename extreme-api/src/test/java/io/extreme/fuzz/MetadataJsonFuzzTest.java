package io.extreme.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.internal.json.Json;
import io.extreme.metadata.StreamMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Timeout;

/**
 * The client's JSON reader and its stream-metadata parser fed any text (issue 18). What must
 * hold: {@link Json#parse} gives a value or an {@link IllegalArgumentException}, and what it
 * gives writes back to JSON that parses to the same value; {@link StreamMetadata#fromJson} gives
 * metadata or an {@link IllegalArgumentException}, as both document, and metadata it gives
 * writes out ({@code toJson}) to JSON it reads back to the same metadata.
 *
 * <p>The input is the text in UTF-8. Seeds in {@code MetadataJsonFuzzTestInputs/metadataFromAnyText}:
 * the metadata the transcripts' servers stored and read back, and JSON of every kind of value.
 */
class MetadataJsonFuzzTest {
    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void metadataFromAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Object value;
        try {
            value = Json.parse(text);
        } catch (IllegalArgumentException documented) {
            value = Refused.VALUE;
        }
        if (value != Refused.VALUE) {
            String written = Json.write(value);
            Object again = Json.parse(written);
            if (!Objects.equals(value, again)) {
                throw new AssertionError("JSON " + text + " parsed to " + value + ", written as " + written
                        + ", parsed back to " + again);
            }
        }
        StreamMetadata metadata;
        try {
            metadata = StreamMetadata.fromJson(text);
        } catch (IllegalArgumentException documented) {
            return;
        }
        String json = metadata.toJson();
        StreamMetadata again = StreamMetadata.fromJson(json);
        if (!Objects.equals(json, again.toJson())) {
            throw new AssertionError("metadata " + text + " was written as " + json + ", read back as " + again.toJson());
        }
    }

    /** Stands for "Json.parse refused it", since null is a JSON value. */
    private enum Refused { VALUE }
}
