package io.extreme.testkit.fault;

import static io.extreme.testkit.fault.Wire.concat;
import static io.extreme.testkit.fault.Wire.frame;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the proxy follows the server's frames: frame ends found across reads of any size, and the mid-frame cut point. */
class FaultProxyFramingTest {
    private final byte[] stream = concat(frame(18, 1), frame(0, 2), frame(300, 3), frame(1, 4));
    private final int[] frameEnds = {22, 26, 330, 335};

    @Test
    void findsEveryFrameEndWithinOneRead() {
        FrameBoundary frames = new FrameBoundary();
        int offset = 0;
        for (int end : frameEnds) {
            offset += frames.consumeToFrameEnd(stream, offset, stream.length - offset);
            assertThat(offset).isEqualTo(end);
            assertThat(frames.atBoundary()).isTrue();
        }
    }

    @Test
    void followsFramesSplitAcrossReadsOfOneByte() {
        FrameBoundary frames = new FrameBoundary();
        int boundaries = 0;
        for (int offset = 0; offset < stream.length; offset++) {
            assertThat(frames.consumeToFrameEnd(stream, offset, 1)).isEqualTo(1);
            if (frames.atBoundary()) {
                assertThat(offset + 1).isEqualTo(frameEnds[boundaries++]);
            }
        }
        assertThat(boundaries).isEqualTo(frameEnds.length);
    }

    @Test
    void readsTheLengthPrefixAsUnsigned() {
        FrameBoundary frames = new FrameBoundary();
        byte[] hugeLength = {0, 0, 0, (byte) 0x80, 1, 2, 3};
        frames.consume(hugeLength, 0, hugeLength.length);
        assertThat(frames.atBoundary()).as("2 GiB body still to come").isFalse();
    }

    @Test
    void cutsAfterThePrefixAndHalfTheBody() {
        MidFrameCut cut = new MidFrameCut();
        byte[] next = frame(100, 5);
        int forwarded = 0;
        for (int offset = 0; !cut.due(); ) {
            int count = cut.forwardable(next, offset, Math.min(3, next.length - offset));
            forwarded += count;
            offset += count;
        }
        assertThat(forwarded).isEqualTo(4 + 50);
    }
}
