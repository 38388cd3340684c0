package io.extreme.fuzz;

import static io.extreme.testing.Allocations.allocatedByThisThread;
import static io.extreme.testing.Allocations.assertAllocatedAtMost;
import static io.extreme.testing.TestFrames.assertSameFrame;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameDecoder;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.MalformedFrameException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * The frame reader fed any byte stream in any chunks (issue 18). What must hold: the only
 * exception is {@link MalformedFrameException} (its {@code FrameLengthException} included), as
 * {@link FrameDecoder#drain} documents; nothing is allocated beyond the frame limit plus a
 * constant share of the bytes fed; and how the stream was cut changes nothing: the frames, and
 * whether it ended malformed, are those of the same stream read in one piece.
 *
 * <p>The input: {@link #SETUP} bytes choosing a buffer size, the side (a client refuses a prefix
 * below the header, a server frames any positive length) and up to three read sizes used in turn,
 * then the stream itself. Seeds (real frames: plain, authenticated, larger than the buffer) in
 * {@code FrameDecoderFuzzTestInputs/framesInAnyChunks}. Fuzz with {@code JAZZER_FUZZ=1}.
 */
class FrameDecoderFuzzTest {
    /** Above every buffer size drawn, so the path that reads a frame into its own array is taken. */
    private static final int LIMIT = 4096;
    /** What decoding may allocate per byte fed (frames, ids, credentials) besides the frame limit. */
    private static final int ALLOCATION_PER_BYTE = 64;
    /** Room for what a first call loads (string concatenation, exception classes) that warming up missed. */
    private static final int ALLOCATION_SLACK = 256 * 1024;

    static {
        // Warm up every path once, so that loading classes is not counted against an input.
        byte[] frames = io.extreme.testing.TestFrames.wire(io.extreme.testing.TestFrames.authenticated(1, 700),
                io.extreme.testing.TestFrames.numbered(2, 10));
        for (byte[] tail : new byte[][] {{}, {5, 0, 0, 0, 1, 2, 3, 4, 5}, {-1, -1, -1, 127}, {20, 0, 0, 0, 0, 1, 0}}) {
            byte[] stream = java.util.Arrays.copyOf(frames, frames.length + tail.length);
            System.arraycopy(tail, 0, stream, frames.length, tail.length);
            for (int side : new int[] {1, FrameFormat.HEADER}) {
                decode(new FrameDecoder(ByteBuffer.allocate(64), side, LIMIT), stream, new int[] {1, 100});
            }
        }
    }

    /** Bytes before the stream: buffer size, side and chunk count, then three chunk sizes. */
    static final int SETUP = 5;

    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void framesInAnyChunks(byte[] input) {
        if (input.length < SETUP) {
            return;
        }
        int bufferSize = FrameFormat.LENGTH_PREFIX + 2 * (input[0] & 0xFF);
        int minFrameLength = (input[1] & 1) == 0 ? FrameFormat.HEADER : 1;
        int[] chunks = new int[1 + ((input[1] & 0xFF) >> 1) % 3];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = 1 + 3 * (input[2 + i] & 0xFF);
        }
        byte[] stream = java.util.Arrays.copyOfRange(input, SETUP, input.length);

        long before = allocatedByThisThread();
        Outcome chunked = decode(new FrameDecoder(ByteBuffer.allocate(bufferSize), minFrameLength, LIMIT), stream, chunks);
        assertAllocatedAtMost(before, 2L * bufferSize + LIMIT + (long) ALLOCATION_PER_BYTE * stream.length + ALLOCATION_SLACK,
                "decoding " + stream.length + " bytes");

        int whole = FrameFormat.LENGTH_PREFIX + Math.max(LIMIT, stream.length);
        Outcome oneRead = decode(new FrameDecoder(ByteBuffer.allocate(whole), minFrameLength, LIMIT), stream, new int[] {whole});
        if (chunked.malformed != oneRead.malformed || chunked.frames.size() != oneRead.frames.size()) {
            throw new AssertionError("chunks " + java.util.Arrays.toString(chunks) + " in a buffer of " + bufferSize
                    + " gave " + chunked + ", one read gave " + oneRead);
        }
        for (int i = 0; i < chunked.frames.size(); i++) {
            assertSameFrame(chunked.frames.get(i), oneRead.frames.get(i));
        }
    }

    /** Feeds {@code stream} as reads of the given sizes in turn would, until it is all fed or malformed. */
    private static Outcome decode(FrameDecoder decoder, byte[] stream, int[] chunks) {
        List<Frame> frames = new ArrayList<>();
        int offset = 0;
        try {
            for (int read = 0; offset < stream.length; read++) {
                ByteBuffer room = decoder.buffer();
                int count = Math.min(Math.min(chunks[read % chunks.length], room.remaining()), stream.length - offset);
                if (count == 0) {
                    throw new AssertionError("the decoder left no room to read into at offset " + offset);
                }
                room.put(stream, offset, count);
                offset += count;
                decoder.drain(frame -> {
                    if (frame.payload().length > LIMIT) {
                        throw new AssertionError("a payload of " + frame.payload().length + " bytes passed the limit");
                    }
                    return frames.add(frame);
                });
            }
            return new Outcome(frames, false);
        } catch (MalformedFrameException documented) {
            return new Outcome(frames, true);
        }
    }

    private record Outcome(List<Frame> frames, boolean malformed) {
        @Override
        public String toString() {
            return frames.size() + " frames" + (malformed ? ", then malformed" : "");
        }
    }
}
