package io.extreme.testkit.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.internal.json.Json;
import io.extreme.internal.json.MetadataKeys;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * The testkit's reading of stored {@code $metadata} and {@code $settings} events fed any bytes
 * (issue 18). What must hold, as {@link MetadataJson} documents: metadata and settings never
 * throw (what does not parse is void: {@link StreamMetadata#EMPTY}, {@link SystemSettings#DEFAULT});
 * the undelete rewrite gives null or a JSON object whose {@code $tb} is the one asked for, and
 * the metadata read from it truncates before that number.
 *
 * <p>The input is the event's data. Seeds in {@code StoredMetadataFuzzTestInputs/storedMetadataFromAnyBytes}.
 */
class StoredMetadataFuzzTest {
    private static final long TRUNCATE_BEFORE = 42;

    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void storedMetadataFromAnyBytes(byte[] input) {
        if (MetadataJson.parseStreamMetadata(input) == null || MetadataJson.parseSystemSettings(input) == null) {
            throw new AssertionError("null metadata or settings");
        }
        byte[] undeleted = MetadataJson.withTruncateBefore(input, TRUNCATE_BEFORE);
        if (undeleted == null) {
            return;
        }
        Object root = Json.parse(new String(undeleted, StandardCharsets.UTF_8));
        if (!(root instanceof Map<?, ?> map) || !Long.valueOf(TRUNCATE_BEFORE).equals(map.get(MetadataKeys.TRUNCATE_BEFORE))) {
            throw new AssertionError("the undelete rewrite gave " + new String(undeleted, StandardCharsets.UTF_8));
        }
        StreamMetadata metadata = MetadataJson.parseStreamMetadata(undeleted);
        if (metadata != StreamMetadata.EMPTY && !Long.valueOf(TRUNCATE_BEFORE).equals(metadata.truncateBefore())) {
            throw new AssertionError("metadata read back from the rewrite truncates before " + metadata.truncateBefore());
        }
    }
}
