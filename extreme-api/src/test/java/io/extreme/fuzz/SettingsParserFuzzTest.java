package io.extreme.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.SettingsParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Timeout;

/**
 * The settings parser fed any URI or properties text (issue 18). What must hold: settings, or an
 * {@link IllegalArgumentException} whose message names what was wrong: {@code uri}, one of the
 * keys the input gave (in snake or camel case), or one of the parts a URI is made of. Anything
 * else (another exception, a message that names nothing) is a finding.
 *
 * <p>The input: one byte choosing the form (its low bit: URI or properties text), then the text
 * in UTF-8. Seeds in {@code SettingsParserFuzzTestInputs/settingsFromAnyText}.
 */
class SettingsParserFuzzTest {
    /** Words a message may name besides the input's keys: the URI's parts and the builder's own names. */
    private static final List<String> NAMES = List.of("uri", "host", "port", "username", "password", "user",
            "login", "endpoint", "credentials", "query");

    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void settingsFromAnyText(byte[] input) {
        if (input.length < 1) {
            return;
        }
        String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        List<String> keys = new ArrayList<>(NAMES);
        try {
            if ((input[0] & 1) == 0) {
                keys.addAll(queryKeys(text));
                SettingsParser.fromUri(text);
            } else {
                Properties properties = new Properties();
                try {
                    properties.load(new StringReader(text));
                } catch (IllegalArgumentException | IOException notProperties) {
                    return; // java.util.Properties' own format, not ours
                }
                keys.addAll(properties.stringPropertyNames());
                SettingsParser.fromProperties(properties);
            }
        } catch (IllegalArgumentException refused) {
            String message = normalised(refused.getMessage());
            if (keys.stream().map(SettingsParserFuzzTest::normalised).noneMatch(key -> !key.isEmpty() && message.contains(key))) {
                throw new AssertionError("the message names no argument: " + refused.getMessage(), refused);
            }
        }
    }

    /** Every key of the query, as the input spelled it (the parser decodes and snake-cases them). */
    private static List<String> queryKeys(String uri) {
        int question = uri.indexOf('?');
        if (question < 0) {
            return List.of();
        }
        return Arrays.stream(uri.substring(question + 1).split("[&=]")).toList();
    }

    /** Lower case without separators, so that {@code max_frame_length} and {@code maxFrameLength} match. */
    private static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[_\\-. ]", "");
    }
}
