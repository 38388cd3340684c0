package io.extreme.protocol.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.Message;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Timeout;

/**
 * Each codec's decode of any frame (issue 18): v3's and v4's, every command byte (the server's
 * replies and pushes, the client's requests the testkit's server decodes, and bytes no command
 * has), any payload. What must hold: a message or a {@link MalformedFrameException}, as
 * {@link DialectCodec} documents; nothing else, and never null.
 *
 * <p>The input: one byte choosing the dialect (its low bit), one the command, then the payload.
 * Seeds, in {@code CodecFuzzTestInputs/decodeAnyFrame}: every sample message of
 * {@code samples.Samples} as each dialect encodes it. The v3 and v4 modules' codecs are this
 * class with their dialect, so fuzzing it with both dialects fuzzes them.
 */
class CodecFuzzTest {
    private static final ProtocolCodec V3 = Dialects.codec(Dialect.V3);
    private static final ProtocolCodec V4 = Dialects.codec(Dialect.V4);
    private static final UUID ID = new UUID(18, 18);

    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void decodeAnyFrame(byte[] input) {
        if (input.length < 2) {
            return;
        }
        ProtocolCodec codec = (input[0] & 1) == 0 ? V3 : V4;
        Frame frame = Frame.of(input[1] & 0xFF, ID, Arrays.copyOfRange(input, 2, input.length));
        try {
            Message message = codec.decode(frame);
            if (message == null) {
                throw new AssertionError("v" + codec.version() + " decoded " + frame.commandName() + " to null");
            }
        } catch (MalformedFrameException documented) {
            // The one documented failure: the server answers it with BadRequest, a client closes.
        }
    }
}
