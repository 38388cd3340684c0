package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The server's own JSON (PROTOCOL.md §12.1 #11): Newtonsoft indented, defaults left out. The
 * layout of times is Newtonsoft's for a local DateTime and is unconfirmed on the wire (the
 * recordings normalise it to {@code <time>}).
 */
class ServerJsonTest {

    @Test
    void writesIndentedWithTwoSpacesAndLeavesDefaultsOut() {
        String json = ServerJson.object()
                .text("reason", "why\n\"quoted\"")
                .text("absent", null)
                .text("empty", "")
                .number("zero", 0)
                .number("seven", 7)
                .indented();
        assertThat(json).isEqualTo("{\n  \"reason\": \"why\\n\\\"quoted\\\"\",\n  \"empty\": \"\",\n  \"seven\": 7\n}");
    }

    @Test
    void anObjectWithEveryPropertyAtItsDefaultIsEmpty() {
        assertThat(ServerJson.object().number("n", 0).text("t", null).indented()).isEqualTo("{}");
    }

    @Test
    void timesHaveUpToSevenFractionDigitsAndTheZonesOffset() {
        Instant instant = Instant.parse("2024-05-01T10:00:00.123456789Z");
        assertThat(ServerJson.localTime(instant, ZoneOffset.UTC)).isEqualTo("2024-05-01T10:00:00.1234567+00:00");
        assertThat(ServerJson.localTime(Instant.parse("2024-05-01T10:00:00.120Z"), ZoneOffset.UTC))
                .isEqualTo("2024-05-01T10:00:00.12+00:00");
        assertThat(ServerJson.localTime(Instant.parse("2024-05-01T10:00:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo("2024-05-01T06:00:00-04:00");
        assertThat(ServerJson.localTime(Instant.parse("2024-01-01T00:00:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo("2024-01-01T05:30:00+05:30");
    }
}
