package io.extreme.transport.nio;

import static io.extreme.transport.nio.TestFrames.authenticated;
import static io.extreme.transport.nio.TestFrames.numbered;
import static io.extreme.transport.nio.TestFrames.wire;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The write side against a channel that records each write and can refuse bytes like a full socket. */
class FrameWriterTest {

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
        FrameWriter writer = new FrameWriter();
        Frame[] frames = new Frame[200];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = i % 2 == 0 ? numbered(i, 50) : authenticated(i, 20);
            writer.enqueue(frames[i]);
        }
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(writer.writeTo(channel)).isTrue();

        assertThat(channel.writes).as("socket writes").hasSize(1);
        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(frames));
        assertThat(writer.hasQueued()).isFalse();
    }

    @Test
    void resumesAfterPartialWritesInOrder() throws Exception {
        FrameWriter writer = new FrameWriter(1024);
        Frame[] frames = {numbered(1, 10), numbered(2, 5000), authenticated(3, 3000), numbered(4, 0), numbered(5, 1000)};
        for (Frame frame : frames) {
            writer.enqueue(frame);
        }
        RecordingChannel channel = new RecordingChannel(333, true);

        int calls = 0;
        while (!writer.writeTo(channel)) {
            calls++;
            assertThat(calls).as("writeTo calls before done").isLessThan(1000);
        }

        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(frames));
    }

    @Test
    void streamsAFrameLargerThanItsBufferWithoutLosingOrder() throws Exception {
        FrameWriter writer = new FrameWriter(1024);
        Frame small = numbered(1, 100);
        Frame big = authenticated(2, 3 * 1024 * 1024 + 3);
        Frame last = numbered(3, 7);
        writer.enqueue(small);
        writer.enqueue(big);
        writer.enqueue(last);
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        while (!writer.writeTo(channel)) {
            // the per-call budget ends each round; a writable socket calls again
        }

        assertThat(channel.bytes.toByteArray()).isEqualTo(wire(small, big, last));
        assertThat(channel.writes).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(1024));
    }

    @Test
    void fillsEveryWriteWhenFramesCrossTheBufferEdge() throws Exception {
        FrameWriter writer = new FrameWriter(1024);
        Frame[] frames = new Frame[20];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = numbered(i, 300);
            writer.enqueue(frames[i]);
        }
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(writer.writeTo(channel)).isTrue();

        byte[] expected = wire(frames);
        assertThat(channel.bytes.toByteArray()).isEqualTo(expected);
        // All but the last write are full buffers: a frame's payload spills into the next one.
        assertThat(channel.writes).hasSize((expected.length + 1023) / 1024);
    }

    @Test
    void writesNothingWhenEmpty() throws Exception {
        RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE, false);

        assertThat(new FrameWriter().writeTo(channel)).isTrue();
        assertThat(channel.writes).isEmpty();
    }
}
