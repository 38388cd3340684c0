package io.extreme.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * Frames with recognisable contents, and a field-by-field comparison (a record compares arrays by
 * reference), for the tests of the shared decoder and encoder here and of the transports that use
 * them (shipped to those in this module's test jar).
 */
public final class TestFrames {
    private TestFrames() {
    }

    /** A frame whose id and payload are derived from {@code n}; payload of {@code size} bytes. */
    public static Frame numbered(int n, int size) {
        byte[] payload = new byte[size];
        for (int i = 0; i < size; i++) {
            payload[i] = (byte) (n * 31 + i);
        }
        return Frame.of(TcpCommand.WRITE_EVENTS, new UUID(n, ~n), payload);
    }

    /** An authenticated frame, to cover the variable-length header. */
    public static Frame authenticated(int n, int size) {
        Frame plain = numbered(n, size);
        return Frame.of(TcpCommand.READ_EVENT, plain.correlationId(), UserCredentials.of("admin", "changeit"), plain.payload());
    }

    /** The bytes of {@code frames} on the wire, one after the other. */
    public static byte[] wire(Frame... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Frame frame : frames) {
            out.writeBytes(FrameFormat.toBytes(frame));
        }
        return out.toByteArray();
    }

    /** A frame carrying {@code (sender, sequence)} in its payload, for order checks. */
    public static Frame sequenced(int sender, int sequence) {
        ByteBuffer payload = ByteBuffer.allocate(8).putInt(sender).putInt(sequence);
        return Frame.of(TcpCommand.PING, UUID.randomUUID(), payload.array());
    }

    /** A bare little-endian length prefix. */
    public static byte[] lengthPrefix(int length) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(length).array();
    }

    /** Fails unless {@code actual} has every field of {@code expected}, the payload compared byte by byte. */
    public static void assertSameFrame(Frame actual, Frame expected) {
        assertThat(actual).as("frame").isNotNull();
        assertThat(actual.command()).as("command").isEqualTo(expected.command());
        assertThat(actual.flags()).as("flags").isEqualTo(expected.flags());
        assertThat(actual.correlationId()).as("correlation id").isEqualTo(expected.correlationId());
        assertThat(actual.credentials()).as("credentials").isEqualTo(expected.credentials());
        assertThat(actual.payload()).as("payload").isEqualTo(expected.payload());
    }
}
