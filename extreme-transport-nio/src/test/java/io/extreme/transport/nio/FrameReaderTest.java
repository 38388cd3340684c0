package io.extreme.transport.nio;

import static io.extreme.transport.nio.TestFrames.assertSameFrame;
import static io.extreme.transport.nio.TestFrames.authenticated;
import static io.extreme.transport.nio.TestFrames.lengthPrefix;
import static io.extreme.transport.nio.TestFrames.numbered;
import static io.extreme.transport.nio.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.MalformedFrameException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read state machine, fed by hand: no socket, so every split of the input is reproducible. */
class FrameReaderTest {
    private static final int LIMIT = 1024 * 1024;

    private final List<Frame> received = new ArrayList<>();

    private FrameReader reader(int bufferSize) {
        return new FrameReader(LIMIT, frame -> received.add(frame), bufferSize);
    }

    /** Feeds {@code bytes} in slices of at most {@code slice} bytes, draining after each, as reads would. */
    private static void feed(FrameReader reader, byte[] bytes, int slice) {
        int offset = 0;
        while (offset < bytes.length) {
            ByteBuffer room = reader.buffer();
            int count = Math.min(Math.min(slice, room.remaining()), bytes.length - offset);
            room.put(bytes, offset, count);
            offset += count;
            reader.drain();
        }
    }

    @Test
    void decodesFramesFedOneByteAtATime() {
        Frame[] frames = {numbered(1, 0), authenticated(2, 7), numbered(3, 300)};
        feed(reader(FrameReader.BUFFER_SIZE), wire(frames), 1);

        assertThat(received).hasSize(3);
        for (int i = 0; i < frames.length; i++) {
            assertSameFrame(received.get(i), frames[i]);
        }
    }

    @Test
    void decodesManyFramesFromOneRead() {
        Frame[] frames = new Frame[500];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = i % 3 == 0 ? authenticated(i, i % 40) : numbered(i, i % 40);
        }
        byte[] bytes = wire(frames);
        assertThat(bytes.length).isLessThan(FrameReader.BUFFER_SIZE);

        feed(reader(FrameReader.BUFFER_SIZE), bytes, bytes.length);

        assertThat(received).hasSize(frames.length);
        for (int i = 0; i < frames.length; i++) {
            assertSameFrame(received.get(i), frames[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 17, 100, 1000, 4096})
    void reassemblesAnyCutOfTheStream(int slice) {
        // Frames smaller and larger than the 256-byte buffer, cut at every kind of boundary.
        Frame[] frames = {numbered(1, 10), numbered(2, 1000), authenticated(3, 200), numbered(4, 238), numbered(5, 5000), numbered(6, 0)};
        feed(reader(256), wire(frames), slice);

        assertThat(received).hasSize(frames.length);
        for (int i = 0; i < frames.length; i++) {
            assertSameFrame(received.get(i), frames[i]);
        }
    }

    @Test
    void decodesAFrameOfSeveralMegabytesAcrossManyReads() {
        Frame big = numbered(9, 3 * 1024 * 1024 + 11);
        Frame after = numbered(10, 5);
        feed(new FrameReader(8 * 1024 * 1024, received::add), wire(big, after), 7000);

        assertThat(received).hasSize(2);
        assertSameFrame(received.get(0), big);
        assertSameFrame(received.get(1), after);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, 1, FrameFormat.HEADER - 1})
    void refusesALengthBelowTheHeader(int length) {
        FrameReader reader = reader(FrameReader.BUFFER_SIZE);
        reader.buffer().put(lengthPrefix(length));

        assertThatThrownBy(reader::drain)
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Frame length " + length + " ")
                .hasMessageContaining(String.valueOf(LIMIT));
    }

    @ParameterizedTest
    @ValueSource(ints = {LIMIT + 1, Integer.MAX_VALUE})
    void refusesALengthOverTheLimitWithoutAllocatingIt(int length) {
        // Integer.MAX_VALUE would not fit in any test heap: passing proves nothing was allocated.
        FrameReader reader = reader(FrameReader.BUFFER_SIZE);
        reader.buffer().put(lengthPrefix(length));

        assertThatThrownBy(reader::drain)
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Frame length " + length + " is over the limit of " + LIMIT);
    }

    @Test
    void acceptsAFrameOfExactlyTheLimit() {
        Frame atLimit = numbered(1, LIMIT - FrameFormat.HEADER);
        feed(reader(FrameReader.BUFFER_SIZE), wire(atLimit), 65536);

        assertThat(received).hasSize(1);
        assertSameFrame(received.get(0), atLimit);
    }

    @Test
    void stopsHandingOverFramesWhenTheSinkSaysSo() {
        List<Frame> taken = new ArrayList<>();
        FrameReader reader = new FrameReader(LIMIT, frame -> taken.add(frame) && taken.size() < 2);
        feed(reader, wire(numbered(1, 1), numbered(2, 2), numbered(3, 3)), 1000);

        assertThat(taken).hasSize(2);
    }

    @Test
    void failsOnAnAuthenticationSectionThatOverrunsThePackage() {
        byte[] bytes = wire(authenticated(1, 0));
        bytes[FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER] = (byte) 200; // login length far past the end

        assertThatThrownBy(() -> feed(reader(FrameReader.BUFFER_SIZE), bytes, bytes.length))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Login length is too big");
    }
}
