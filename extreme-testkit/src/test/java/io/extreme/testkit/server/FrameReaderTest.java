package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read side's framing, fed as a socket would: in pieces of any size. */
class FrameReaderTest {
    private final List<Frame> frames = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final FrameReader.Sink sink = new FrameReader.Sink() {
        @Override
        public boolean frame(Frame frame) {
            frames.add(frame);
            return true;
        }

        @Override
        public void framingError(String reason) {
            errors.add(reason);
        }
    };

    @Test
    void assemblesFramesFedByteByByte() {
        FrameReader reader = new FrameReader(FrameFormat.DEFAULT_MAX_FRAME_LENGTH);
        Frame first = Frame.of(TcpCommand.PING, UUID.randomUUID(), "one".getBytes());
        Frame second = Frame.of(TcpCommand.PING, UUID.randomUUID(), Frames.ADMIN, "two".getBytes());
        byte[] bytes = concat(FrameFormat.toBytes(first), FrameFormat.toBytes(second));
        for (byte b : bytes) {
            reader.buffer().put(b);
            assertThat(reader.drain(sink)).isTrue();
        }
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).correlationId()).isEqualTo(first.correlationId());
        assertThat(frames.get(1).credentials()).isEqualTo(Frames.ADMIN);
        assertThat(frames.get(1).payload()).isEqualTo("two".getBytes());
    }

    @Test
    void takesAFrameLargerThanItsBufferAcrossManyReadsAndShrinksAfterwards() {
        FrameReader reader = new FrameReader(FrameFormat.DEFAULT_MAX_FRAME_LENGTH);
        byte[] payload = new byte[3 * FrameReader.DEFAULT_BUFFER + 17];
        Arrays.fill(payload, (byte) 7);
        Frame big = Frame.of(TcpCommand.PING, UUID.randomUUID(), payload);
        Frame small = Frame.of(TcpCommand.PING, UUID.randomUUID(), "after".getBytes());
        byte[] bytes = concat(FrameFormat.toBytes(big), FrameFormat.toBytes(small));
        int offset = 0;
        while (offset < bytes.length) {
            int n = Math.min(1000, Math.min(reader.buffer().remaining(), bytes.length - offset));
            reader.buffer().put(bytes, offset, n);
            offset += n;
            assertThat(reader.drain(sink)).isTrue();
        }
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).payload()).isEqualTo(payload);
        assertThat(frames.get(1).payload()).isEqualTo("after".getBytes());
        assertThat(reader.buffer().capacity()).isEqualTo(FrameReader.DEFAULT_BUFFER);
    }

    @Test
    void refusesAHeaderItCannotReadAsABadPackageOfThisConnectionOnly() {
        // An authenticated frame whose login is 86 bytes that are not UTF-8: each decodes to
        // U+FFFD, three bytes again, so the login no longer fits its one-byte length.
        byte[] login = new byte[86];
        Arrays.fill(login, (byte) 0xFF);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(TcpCommand.PING);
        body.write(Frame.FLAG_AUTHENTICATED);
        body.writeBytes(new byte[16]);
        body.write(login.length);
        body.writeBytes(login);
        body.write(1);
        body.write('p');
        byte[] frame = body.toByteArray();
        FrameReader reader = new FrameReader(1024);
        reader.buffer().put(new byte[] {(byte) frame.length, 0, 0, 0}).put(frame);
        assertThat(reader.drain(sink)).isFalse();
        assertThat(errors).singleElement().asString().startsWith("Received bad network package. Error: ");
        assertThat(frames).isEmpty();
    }

    @Test
    void letsTheSessionsOwnFailurePassUnanswered() {
        FrameReader reader = new FrameReader(1024);
        reader.buffer().put(FrameFormat.toBytes(Frame.of(TcpCommand.PING, UUID.randomUUID(), new byte[0])));
        IllegalStateException own = new IllegalStateException("the session broke");
        FrameReader.Sink failing = new FrameReader.Sink() {
            @Override
            public boolean frame(Frame frame) {
                throw own;
            }

            @Override
            public void framingError(String reason) {
                errors.add(reason);
            }
        };
        assertThatThrownBy(() -> reader.drain(failing)).isSameAs(own);
        assertThat(errors).isEmpty();
    }

    @Test
    void refusesALengthOverTheLimitWithoutWaitingForItsBytes() {
        FrameReader reader = new FrameReader(1024);
        reader.buffer().put(new byte[] {0x01, 0x04, 0x00, 0x00}); // 1025
        assertThat(reader.drain(sink)).isFalse();
        assertThat(errors).singleElement().asString().contains("1025");
        assertThat(frames).isEmpty();
    }

    @Test
    void refusesAPackageShorterThanTheHeader() {
        FrameReader reader = new FrameReader(1024);
        reader.buffer().put(new byte[] {0x05, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00});
        assertThat(reader.drain(sink)).isFalse();
        assertThat(errors).singleElement().asString().startsWith("Received bad network package.");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
