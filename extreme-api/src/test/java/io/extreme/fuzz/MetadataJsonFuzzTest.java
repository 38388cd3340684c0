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
 * gives writes to JSON that reads back to a value written the same; {@link StreamMetadata#fromJson} gives
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
            // Written JSON reads back to what writes the same: compared as text, since a number may
            // come back as another class of the same value (0E+0 is a BigDecimal, written "0" a Long).
            String written = Json.write(value);
            String again = Json.write(Json.parse(written));
            if (!written.equals(again)) {
                throw new AssertionError("JSON " + text + " was written as " + written + ", then as " + again);
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
