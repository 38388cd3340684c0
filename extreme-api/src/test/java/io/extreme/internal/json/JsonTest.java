package io.extreme.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared reader follows RFC 8259's grammar, no more leniently: client and testkit read alike. */
class JsonTest {
    @Test
    void readsEveryKindOfValue() {
        assertThat(Json.parse(" {\"a\": [1, -0, 2.50, 1e2, true, null, \"x\\u00e9\\n\"], \"b\": {}} "))
                .isEqualTo(Map.of("a", Arrays.asList(1L, 0L, new BigDecimal("2.50"), new BigDecimal("1e2"),
                        true, null, "x\u00e9\n"), "b", Map.of()));
    }

    @Test
    void keepsTheOrderOfKeysAndTheLastOfTwoEqualOnes() {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) Json.parse("{\"z\":1,\"a\":2,\"z\":3}");
        assertThat(parsed.keySet()).containsExactly("z", "a");
        assertThat(parsed.get("z")).isEqualTo(3L);
    }

    @Test
    void aWholeNumberTooBigForALongIsADecimal() {
        assertThat(Json.parse("123456789012345678901234567890")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-01", "1.", "01.5", "+1", ".5", "1e", "-", "\"\\u-001\"", "\"a\u0001b\"",
            "\u000B1", "{\"a\":1,}", "[1,]", "{'a':1}", "tru", "{\"a\":1} x"})
    void refusesWhatTheGrammarDoesNotAllow(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSON at offset ");
    }

    @Test
    void refusesNestingDeeperThanItFollows() {
        String deep = "[".repeat(257) + "]".repeat(257);
        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested deeper");
        assertThat(Json.parse("[".repeat(256) + "]".repeat(256))).isInstanceOf(List.class);
    }

    @Test
    void aLeadingValueIsReadWithoutWhatFollowsIt() {
        assertThat(Json.parseLeading("{\"a\":1} and then some")).isEqualTo(Map.of("a", 1L));
        assertThat(Json.parseLeading("{\"a\":1}{\"b\":2}")).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void writesWhatItReads() {
        String text = "{\"a\":[1,2.50,true,null,\"q\\\"\\\\\\n\"],\"b\":{}}";
        assertThat(Json.write(Json.parse(text))).isEqualTo(text);
    }
}
