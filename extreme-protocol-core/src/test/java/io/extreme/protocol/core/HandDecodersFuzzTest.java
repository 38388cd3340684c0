package io.extreme.protocol.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.protocol.core.HandDecodersTest.Failed;
import io.extreme.protocol.core.HandDecodersTest.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Timeout;

/**
 * The hand-written page and reply decoders ({@link EventPages}, {@link AppendReplies}) against
 * the generated parser, on any payload (issue 18), by {@link HandDecodersTest}'s rule: the fast
 * decoder never throws; when it decodes a payload, the generated parser decodes it too and to the
 * same message; otherwise it returns null and leaves the payload to the generated parser.
 *
 * <p>The input: one byte choosing the dialect (its low bit) and the kind (the rest, modulo the
 * five kinds: stream page, {@code $all} page, push, persistent push, append reply), then the
 * payload. Seeds in {@code HandDecodersFuzzTestInputs/agreeWithTheGeneratedParser}.
 */
class HandDecodersFuzzTest {
    private static final List<Kind> V3 = HandDecodersTest.kinds(Dialect.V3);
    private static final List<Kind> V4 = HandDecodersTest.kinds(Dialect.V4);

    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void agreeWithTheGeneratedParser(byte[] input) {
        if (input.length < 1) {
            return;
        }
        List<Kind> kinds = (input[0] & 1) == 0 ? V3 : V4;
        Kind kind = kinds.get(((input[0] & 0xFF) >> 1) % kinds.size());
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        Object fast = kind.fast().apply(payload);
        if (fast == null) {
            return; // left to the generated parser, which judges it
        }
        Object slow = HandDecodersTest.slow(kind, payload);
        if (slow instanceof Failed refused) {
            throw new AssertionError(kind.name() + ": the fast path read what the generated parser refused ("
                    + refused.why() + "): " + Arrays.toString(payload));
        }
        Object fastCanonical = HandDecodersTest.canonical(fast);
        Object slowCanonical = HandDecodersTest.canonical(slow);
        if (!Objects.equals(fastCanonical, slowCanonical)) {
            throw new AssertionError(kind.name() + ": the fast path read " + fastCanonical + ", the generated parser "
                    + slowCanonical + ", from " + Arrays.toString(payload));
        }
    }
}
