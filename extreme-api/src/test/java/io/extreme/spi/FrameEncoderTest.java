package io.extreme.spi;

import static io.extreme.testing.TestFrames.authenticated;
import static io.extreme.testing.TestFrames.numbered;
import static io.extreme.testing.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.UserCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The write side against a channel that records each write and can refuse bytes like a full socket. */
class FrameEncoderTest {
    /** Writes per call, as the client's transport spends them. */
    private static final int MAX_WRITES = 16;

    private final Queue<Frame> queue = new ArrayDeque<>();

    private static FrameEncoder encoder(int bufferSize) {
        return new FrameEncoder(ByteBuffer.allocateDirect(bufferSize));
    }

    private boolean writeTo(FrameEncoder encoder, WritableByteChannel channel) throws IOException {
        return encoder.writeTo(channel, queue::poll, MAX_WRITES);
    }

    /** A channel that takes at most {@code perWrite} bytes a call, and nothing on every second call if {@code stutter}. */
    private static final class RecordingChannel implements WritableByteChannel {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();
        private final int perWrite;
        private final boolean stutter;
        private int calls;

        RecordingChannel(int perWrite, boolean stutter) {
            this.perWrite = perWrite;
            this.stutter = stutter;
        }

        @Override
        public int write(ByteBuffer src) {
            calls++;
            if (stutter && calls % 2 == 0) {
                return 0;
            }
            int count = Math.min(perWrite, src.remaining());
            byte[] chunk = new byte[count];
            src.get(chunk);
            bytes.writeBytes(chunk);
            writes.add(count);
            return count;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void coalescesQueuedFramesIntoOneWrite() throws Exception {
        FrameEncoder writer = encoder(FrameEncoder.DEFAULT_BUFFER_SIZE);
        Frame[] frames = new Frame[200];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = i % 2 == 0 ? numbered(i, 50) : authenticated(i, 20);
            queue.add(frames[i]);
        }
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(writeTo(writer, channel)).isTrue();

        assertThat(channel.writes).as("socket writes").hasSize(1);
        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(frames));
        assertThat(queue).isEmpty();
    }

    @Test
    void resumesAfterPartialWritesInOrder() throws Exception {
        FrameEncoder writer = encoder(1024);
        Frame[] frames = {numbered(1, 10), numbered(2, 5000), authenticated(3, 3000), numbered(4, 0), numbered(5, 1000)};
        for (Frame frame : frames) {
            queue.add(frame);
        }
        RecordingChannel channel = new RecordingChannel(333, true);

        int calls = 0;
        while (!writeTo(writer, channel)) {
            calls++;
            assertThat(calls).as("writeTo calls before done").isLessThan(1000);
        }

        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(frames));
    }

    @Test
    void streamsAFrameLargerThanItsBufferWithoutLosingOrder() throws Exception {
        FrameEncoder writer = encoder(1024);
        Frame small = numbered(1, 100);
        Frame big = authenticated(2, 3 * 1024 * 1024 + 3);
        Frame last = numbered(3, 7);
        queue.add(small);
        queue.add(big);
        queue.add(last);
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        while (!writeTo(writer, channel)) {
            // the per-call budget ends each round; a writable socket calls again
        }

        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(small, big, last));
        assertThat(channel.writes).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(1024));
    }

    @Test
    void fillsEveryWriteWhenFramesCrossTheBufferEdge() throws Exception {
        FrameEncoder writer = encoder(1024);
        Frame[] frames = new Frame[20];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = numbered(i, 300);
            queue.add(frames[i]);
        }
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(writeTo(writer, channel)).isTrue();

        byte[] expected = wire(frames);
        assertThat(channel.bytes.toByteArray()).isEqualTo(expected);
        // All but the last write are full buffers: a frame's payload spills into the next one.
        assertThat(channel.writes).hasSize((expected.length + 1023) / 1024);
    }

    @Test
    void writesNothingWhenEmpty() throws Exception {
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(writeTo(encoder(FrameEncoder.DEFAULT_BUFFER_SIZE), channel)).isTrue();
        assertThat(channel.writes).isEmpty();
    }

    @Test
    void holdsBackAFrameWhoseHeaderDoesNotFitAndSendsItFirstNextTime() throws Exception {
        FrameEncoder writer = encoder(FrameEncoder.MIN_BUFFER_SIZE);
        String longest = "l".repeat(UserCredentials.MAX_UTF8_BYTES);
        Frame filler = numbered(1, FrameEncoder.MIN_BUFFER_SIZE - FrameFormat.LENGTH_PREFIX - FrameFormat.HEADER - 10);
        Frame wide = Frame.of(TcpCommand.READ_EVENT, numbered(2, 0).correlationId(), UserCredentials.of(longest, longest), new byte[3]);
        Frame last = numbered(3, 1);
        queue.add(filler);
        queue.add(wide);
        queue.add(last);
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(writeTo(writer, channel)).isTrue();

        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(filler, wide, last));
        assertThat(channel.writes.get(0)).as("the first write, the filler alone").isEqualTo(wire(filler).length);
    }

    @Test
    void writesTheSameBytesFromAHeapBufferOfEitherOrder() throws Exception {
        Frame[] frames = {numbered(1, 10), authenticated(2, 3000), numbered(3, 0)};
        for (Frame frame : frames) {
            queue.add(frame);
        }
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(new FrameEncoder(ByteBuffer.allocate(1024)).writeTo(channel, queue::poll, Integer.MAX_VALUE)).isTrue();

        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(frames));
    }

    @Test
    void discardsWhatIsPackedAndStreaming() throws Exception {
        FrameEncoder writer = encoder(1024);
        queue.add(numbered(1, 5000));
        assertThat(writeTo(writer, new RecordingChannel(100, true))).isFalse();

        writer.discard();
        RecordingChannel after = new RecordingChannel(Integer.MAX_VALUE, false);
        queue.add(numbered(2, 7));

        assertThat(writeTo(writer, after)).isTrue();
        assertThat(after.bytes.toByteArray()).isEqualTo(wire(numbered(2, 7)));
    }

    @Test
    void refusesABufferTooSmallForAnyHeader() {
        assertThatThrownBy(() -> new FrameEncoder(ByteBuffer.allocate(FrameEncoder.MIN_BUFFER_SIZE - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
