package io.extreme.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.event.ExpectedVersion;
import io.extreme.event.Position;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamMetadataTest {
    @Test
    void writesEventStoresReservedKeys() {
        StreamMetadata m = StreamMetadata.builder().maxCount(5).maxAge(Duration.ofMinutes(2)).truncateBefore(7)
                .cacheControl(Duration.ofSeconds(30)).acl(StreamAcl.none().withRead("$all").withWrite("ops", "$admins"))
                .customProperty("owner", "team \"a\"").build();
        assertThat(m.toJson()).isEqualTo("{\"$maxCount\":5,\"$maxAge\":120,\"$tb\":7,\"$cacheControl\":30,"
                + "\"$acl\":{\"$r\":\"$all\",\"$w\":[\"ops\",\"$admins\"]},\"owner\":\"team \\\"a\\\"\"}");
    }

    @Test
    void readsWhatItWritesAndKeepsUnknownKeys() {
        StreamMetadata m = StreamMetadata.builder().maxCount(3).acl(StreamAcl.none().withMetaWrite("$admins"))
                .customProperty("nested", Map.of("k", List.of(1L, "two", true))).build();
        assertThat(StreamMetadata.fromJson(m.toJson())).isEqualTo(m);
        StreamMetadata server = StreamMetadata.fromJson("{\"$tb\": 9223372036854775807, \"$tmp\": true, \"x\": 1.5}");
        assertThat(server.truncateBefore()).isEqualTo(Long.MAX_VALUE);
        assertThat(server.customProperty("$tmp")).isEqualTo(true);
        assertThat(server.customProperty("x")).hasToString("1.5");
    }

    @Test
    void refusesValuesEventStoreWouldIgnore() {
        assertThatThrownBy(() -> StreamMetadata.builder().maxCount(0)).hasMessageContaining("maxCount");
        assertThatThrownBy(() -> StreamMetadata.builder().maxAge(Duration.ofMillis(10))).hasMessageContaining("maxAge");
        assertThatThrownBy(() -> StreamMetadata.builder().customProperty("$maxCount", 1)).hasMessageContaining("reserved");
        assertThatThrownBy(() -> StreamMetadata.builder().customProperty("when", new Object())).hasMessageContaining("when");
        assertThatThrownBy(() -> StreamMetadata.fromJson("[1]")).hasMessageContaining("object");
        assertThatThrownBy(() -> StreamMetadata.fromJson("{\"$maxCount\":\"many\"}")).hasMessageContaining("$maxCount");
        assertThatThrownBy(() -> StreamMetadata.fromJson("{\"a\":")).hasMessageContaining("offset");
    }

    @Test
    void expectedVersionsKnowTheirWireValues() {
        assertThat(ExpectedVersion.ANY.value()).isEqualTo(-2);
        assertThat(ExpectedVersion.NO_STREAM.value()).isEqualTo(-1);
        assertThat(ExpectedVersion.STREAM_EXISTS.value()).isEqualTo(-4);
        assertThat(ExpectedVersion.of(-4)).isSameAs(ExpectedVersion.STREAM_EXISTS);
        assertThat(ExpectedVersion.exactly(3)).isEqualTo(ExpectedVersion.of(3)).hasToString("3");
        assertThatThrownBy(() -> ExpectedVersion.of(-3)).hasMessageContaining("-3");
    }

    @Test
    void positionsOrderByCommitThenPrepare() {
        assertThat(new Position(5, 3)).isLessThan(new Position(5, 4)).isGreaterThan(new Position(4, 9));
        assertThat(Position.END).isEqualTo(new Position(-1, -1));
    }
}
