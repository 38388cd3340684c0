package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the testkit makes of stored metadata bytes at the edges of JSON. These cases keep what the
 * testkit did while it read metadata with Jackson; what a real server does with them is not in
 * the recorded transcripts, so beyond "not valid JSON voids the metadata" it is unconfirmed.
 */
class MetadataJsonTest {
    private static StreamMetadata parse(String json) {
        return MetadataJson.parseStreamMetadata(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheReservedKeys() {
        StreamMetadata metadata = parse("{\"$maxCount\":3,\"$maxAge\":60,\"$tb\":2,\"$cacheControl\":5,\"$tmp\":true,"
                + "\"$acl\":{\"$r\":\"ops\",\"$w\":[\"a\",\"b\"]},\"custom\":{\"x\":[1]}}");
        assertThat(metadata.maxCount()).isEqualTo(3L);
        assertThat(metadata.maxAgeSeconds()).isEqualTo(60L);
        assertThat(metadata.truncateBefore()).isEqualTo(2L);
        assertThat(metadata.cacheControl()).isEqualTo(5L);
        assertThat(metadata.tempStream()).isTrue();
        assertThat(metadata.acl().read()).containsExactly("ops");
        assertThat(metadata.acl().write()).containsExactly("a", "b");
        assertThat(metadata.acl().delete()).isNull();
    }

    @Test
    void whatIsNotJsonVoidsTheWholeMetadata() {
        assertThat(parse("{\"$maxCount\":01}")).isEqualTo(StreamMetadata.EMPTY);
        assertThat(parse("{\"$maxCount\":1.}")).isEqualTo(StreamMetadata.EMPTY);
        assertThat(parse("{\"$maxCount\":3,\"s\":\"a\u0001\"}")).isEqualTo(StreamMetadata.EMPTY);
        assertThat(parse("{\"$maxCount\":3,\"$acl\":{\"$r\":null}}")).isEqualTo(StreamMetadata.EMPTY);
        assertThat(parse("[".repeat(5000) + "]".repeat(5000))).isEqualTo(StreamMetadata.EMPTY);
        assertThat(MetadataJson.parseStreamMetadata(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}))
                .isEqualTo(StreamMetadata.EMPTY); // not UTF-8
    }

    @Test
    void aByteOrderMarkAndTextAfterTheObjectAreLeftAside() {
        assertThat(parse("\uFEFF{\"$maxCount\":3}").maxCount()).isEqualTo(3L);
        assertThat(parse("{\"$maxCount\":3} and more").maxCount()).isEqualTo(3L);
    }

    @Test
    void undeletingRewritesTruncateBeforeInPlace() {
        byte[] rewritten = MetadataJson.withTruncateBefore("{\"a\":1,\"$tb\":9223372036854775807,\"b\":[true]}"
                .getBytes(StandardCharsets.UTF_8), 4);
        assertThat(new String(rewritten, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1,\"$tb\":4,\"b\":[true]}");
        assertThat(MetadataJson.withTruncateBefore("[1]".getBytes(StandardCharsets.UTF_8), 4)).isNull();
        assertThat(new String(MetadataJson.softDeleteMarker(7), StandardCharsets.UTF_8)).isEqualTo("{\"$tb\":7}");
    }
}
