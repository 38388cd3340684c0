package io.extreme.spi;

import static io.extreme.testing.TestFrames.assertSameFrame;
import static io.extreme.testing.TestFrames.authenticated;
import static io.extreme.testing.TestFrames.lengthPrefix;
import static io.extreme.testing.TestFrames.numbered;
import static io.extreme.testing.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.UserCredentials;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read state machine, fed by hand: no socket, so every split of the input is reproducible. */
class FrameDecoderTest {
    private static final int LIMIT = 1024 * 1024;

    private final List<Frame> received = new ArrayList<>();
    private final FrameDecoder.Sink sink = received::add;

    /** A client's decoder: a direct buffer, and a prefix below the header refused at once. */
    private static FrameDecoder decoder(int bufferSize) {
        return decoder(bufferSize, LIMIT);
    }

    private static FrameDecoder decoder(int bufferSize, int limit) {
        return new FrameDecoder(ByteBuffer.allocateDirect(bufferSize), FrameFormat.HEADER, limit);
    }

    /** Feeds {@code bytes} in slices of at most {@code slice} bytes, draining after each, as reads would. */
    private static void feed(FrameDecoder decoder, FrameDecoder.Sink sink, byte[] bytes, int slice) {
        int offset = 0;
        while (offset < bytes.length) {
            ByteBuffer room = decoder.buffer();
            int count = Math.min(Math.min(slice, room.remaining()), bytes.length - offset);
            room.put(bytes, offset, count);
            offset += count;
            decoder.drain(sink);
        }
    }

    @Test
    void decodesFramesFedOneByteAtATime() {
        Frame[] frames = {numbered(1, 0), authenticated(2, 7), numbered(3, 300)};
        feed(decoder(FrameDecoder.DEFAULT_BUFFER_SIZE), sink, wire(frames), 1);

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
        assertThat(bytes.length).isLessThan(FrameDecoder.DEFAULT_BUFFER_SIZE);

        feed(decoder(FrameDecoder.DEFAULT_BUFFER_SIZE), sink, bytes, bytes.length);

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
        feed(decoder(256), sink, wire(frames), slice);

        assertThat(received).hasSize(frames.length);
        for (int i = 0; i < frames.length; i++) {
            assertSameFrame(received.get(i), frames[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 19, 20, 300, 600, 1024, 5000})
    void readsTheHeaderOfAFrameLargerThanTheBufferBeforeItsPayloadWhereverTheStreamIsCut(int slice) {
        // A buffer that holds any header: a large frame's payload goes straight into its own array.
        // The longest authentication section (two 255-byte strings) is the header most likely to be cut.
        byte[] payload = new byte[3000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        Frame longest = Frame.of(0x82, UUID.randomUUID(),
                UserCredentials.of("l".repeat(255), "p".repeat(255)), payload);
        Frame[] frames = {numbered(1, 10), longest, authenticated(3, 2000), numbered(4, 1100), numbered(5, 0)};
        feed(decoder(FrameFormat.MAX_HEAD), sink, wire(frames), slice);

        assertThat(received).hasSize(frames.length);
        for (int i = 0; i < frames.length; i++) {
            assertSameFrame(received.get(i), frames[i]);
        }
    }

    @Test
    void decodesAFrameOfSeveralMegabytesAcrossManyReads() {
        Frame big = numbered(9, 3 * 1024 * 1024 + 11);
        Frame after = numbered(10, 5);
        feed(decoder(FrameDecoder.DEFAULT_BUFFER_SIZE, 8 * 1024 * 1024), sink, wire(big, after), 7000);

        assertThat(received).hasSize(2);
        assertSameFrame(received.get(0), big);
        assertSameFrame(received.get(1), after);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, 1, FrameFormat.HEADER - 1})
    void refusesALengthBelowTheHeader(int length) {
        FrameDecoder decoder = decoder(FrameDecoder.DEFAULT_BUFFER_SIZE);
        decoder.buffer().put(lengthPrefix(length));

        assertThatThrownBy(() -> decoder.drain(sink))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Frame length " + length + " ")
                .hasMessageContaining(String.valueOf(LIMIT));
    }

    @ParameterizedTest
    @ValueSource(ints = {LIMIT + 1, Integer.MAX_VALUE})
    void refusesALengthOverTheLimitWithoutAllocatingIt(int length) {
        // Integer.MAX_VALUE would not fit in any test heap: passing proves nothing was allocated.
        FrameDecoder decoder = decoder(FrameDecoder.DEFAULT_BUFFER_SIZE);
        decoder.buffer().put(lengthPrefix(length));

        assertThatThrownBy(() -> decoder.drain(sink))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Frame length " + length + " is over the limit of " + LIMIT);
    }

    @Test
    void acceptsAFrameOfExactlyTheLimit() {
        Frame atLimit = numbered(1, LIMIT - FrameFormat.HEADER);
        feed(decoder(FrameDecoder.DEFAULT_BUFFER_SIZE), sink, wire(atLimit), 65536);

        assertThat(received).hasSize(1);
        assertSameFrame(received.get(0), atLimit);
    }

    @Test
    void stopsHandingOverFramesWhenTheSinkSaysSo() {
        List<Frame> taken = new ArrayList<>();
        FrameDecoder decoder = decoder(FrameDecoder.DEFAULT_BUFFER_SIZE);
        feed(decoder, frame -> taken.add(frame) && taken.size() < 2, wire(numbered(1, 1), numbered(2, 2), numbered(3, 3)), 1000);

        assertThat(taken).hasSize(2);
    }

    @Test
    void failsOnAnAuthenticationSectionThatOverrunsThePackage() {
        byte[] bytes = wire(authenticated(1, 0));
        bytes[FrameFormat.LENGTH_PREFIX + FrameFormat.HEADER] = (byte) 200; // login length far past the end

        assertThatThrownBy(() -> feed(decoder(FrameDecoder.DEFAULT_BUFFER_SIZE), sink, bytes, bytes.length))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Login length is too big");
    }

    @Test
    void saysWhetherItStoppedOrWantsMoreBytesAndKeepsWhatTheSinkDidNotTake() {
        FrameDecoder decoder = decoder(256);
        decoder.buffer().put(wire(numbered(1, 1), numbered(2, 2), numbered(3, 3)));

        assertThat(decoder.drain(frame -> received.add(frame) && received.size() < 2)).isFalse();
        assertThat(received).hasSize(2);
        assertThat(decoder.drain(sink)).isTrue();
        assertThat(received).hasSize(3);
        assertSameFrame(received.get(2), numbered(3, 3));
    }

    @Test
    void namesTheRefusedLength() {
        FrameDecoder decoder = decoder(256);
        decoder.buffer().put(lengthPrefix(-7));

        assertThatThrownBy(() -> decoder.drain(sink))
                .isInstanceOfSatisfying(FrameLengthException.class, e -> assertThat(e.length()).isEqualTo(-7));
    }

    @Test
    void aServersDecoderFramesAShortPackageAndRefusesItOnceWhole() {
        // As the real server: any positive length is framed; the header check comes with the package.
        FrameDecoder decoder = new FrameDecoder(ByteBuffer.allocate(256), 1, LIMIT);
        decoder.buffer().put(lengthPrefix(5)).put(new byte[4]);
        assertThat(decoder.drain(sink)).isTrue();

        decoder.buffer().put((byte) 0);
        assertThatThrownBy(() -> decoder.drain(sink))
                .isInstanceOf(MalformedFrameException.class)
                .isNotInstanceOf(FrameLengthException.class)
                .hasMessage("Package is too short: 5 bytes, at least 18 needed.");
        assertThat(received).isEmpty();
    }

    @Test
    void refusesABufferThatCannotHoldAPrefixAndLengthsThatMakeNoRange() {
        assertThatThrownBy(() -> new FrameDecoder(ByteBuffer.allocate(3), 1, LIMIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameDecoder(ByteBuffer.allocate(256), 0, LIMIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameDecoder(ByteBuffer.allocate(256), 100, 99))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
