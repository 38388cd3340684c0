package io.extreme.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.UserCredentials;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The frame layout of PROTOCOL.md §1, byte for byte, and the server's own checks on reading. */
class FrameFormatTest {
    private static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final String ID_BYTES = "33 22 11 00 55 44 77 66 88 99 AA BB CC DD EE FF";
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** Reads one frame the way a transport does: the little-endian length, then the package. */
    private static Frame readOne(ByteBuffer in) {
        int length = in.order(ByteOrder.LITTLE_ENDIAN).getInt();
        return FrameFormat.read(in, length);
    }

    @Test
    void headerIsCommandFlagsAndTheIdInDotNetOrder() {
        Frame heartbeat = Frame.of(TcpCommand.HEARTBEAT_REQUEST, ID, null);
        assertThat(hex(FrameFormat.toBytes(heartbeat))).isEqualTo("12 00 00 00 01 00 " + ID_BYTES);
        assertThat(FrameFormat.packageLength(heartbeat)).isEqualTo(FrameFormat.HEADER);
    }

    @Test
    void authenticateAsInTheProtocolExample() {
        String wire = "21 00 00 00 F2 01 " + ID_BYTES + " 05 61 64 6D 69 6E 08 63 68 61 6E 67 65 69 74";
        Frame authenticate = Frame.of(TcpCommand.AUTHENTICATE, ID, UserCredentials.of("admin", "changeit"), null);
        assertThat(authenticate.flags()).isEqualTo(Frame.FLAG_AUTHENTICATED);
        assertThat(hex(FrameFormat.toBytes(authenticate))).isEqualTo(wire);

        Frame read = readOne(ByteBuffer.wrap(bytes(wire)));
        assertThat(read.command()).isEqualTo(TcpCommand.AUTHENTICATE);
        assertThat(read.flags()).isEqualTo(Frame.FLAG_AUTHENTICATED);
        assertThat(read.correlationId()).isEqualTo(ID);
        assertThat(read.credentials()).isEqualTo(UserCredentials.of("admin", "changeit"));
        assertThat(read.payload()).isEmpty();
    }

    @Test
    void lengthPrefixIsLittleEndianAndCountsThePackageOnly() {
        byte[] small = FrameFormat.toBytes(Frame.of(TcpCommand.PING, ID, new byte[300]));
        assertThat(hex(small).substring(0, 11)).isEqualTo("3E 01 00 00"); // 18 + 300 = 318
        assertThat(small).hasSize(4 + 318);
        byte[] large = FrameFormat.toBytes(Frame.of(TcpCommand.PING, ID, new byte[70_000]));
        assertThat(hex(large).substring(0, 11)).isEqualTo("82 11 01 00"); // 70 018
    }

    @Test
    void payloadFollowsTheAuthenticationSection() {
        Frame frame = Frame.of(TcpCommand.PING, ID, UserCredentials.of("ü", "p"), new byte[] {7, 8});
        String wire = hex(FrameFormat.toBytes(frame));
        assertThat(wire).isEqualTo("19 00 00 00 03 01 " + ID_BYTES + " 02 C3 BC 01 70 07 08"); // 18 + 1 + 2 + 1 + 1 + 2
        Frame read = readOne(ByteBuffer.wrap(bytes(wire)));
        assertThat(read.credentials().login()).isEqualTo("ü");
        assertThat(read.payload()).containsExactly(7, 8);
    }

    @Test
    void packageLengthCountsUtf8BytesOfMultiByteCredentials() {
        Frame frame = Frame.of(TcpCommand.PING, ID, UserCredentials.of("日本", "\uD83D\uDE00x"), new byte[1]);
        assertThat(FrameFormat.packageLength(frame)).isEqualTo(18 + 1 + 6 + 1 + 5 + 1);
        assertThat(FrameFormat.toBytes(frame)).hasSize(4 + FrameFormat.packageLength(frame));
        assertThat(readOne(ByteBuffer.wrap(FrameFormat.toBytes(frame))).credentials()).isEqualTo(frame.credentials());
    }

    @Test
    void readConsumesExactlyOnePackage() {
        byte[] first = FrameFormat.toBytes(Frame.of(TcpCommand.PING, ID, new byte[] {1}));
        byte[] second = FrameFormat.toBytes(Frame.of(TcpCommand.PONG, Frame.ZERO_ID, new byte[] {2, 3}));
        ByteBuffer both = ByteBuffer.allocate(first.length + second.length).put(first).put(second).flip();
        assertThat(readOne(both).payload()).containsExactly(1);
        Frame pong = readOne(both);
        assertThat(pong.command()).isEqualTo(TcpCommand.PONG);
        assertThat(pong.correlationId()).isEqualTo(Frame.ZERO_ID);
        assertThat(pong.payload()).containsExactly(2, 3);
        assertThat(both.hasRemaining()).isFalse();
    }

    @Test
    void serverQuirkEmptyPasswordWithEmptyPayloadIsLoginLengthTooBig() {
        // 18 + 1 + loginLength + 1 >= packageLength: nothing after the password length byte.
        String wire = "19 00 00 00 F2 01 " + ID_BYTES + " 05 61 64 6D 69 6E 00";
        assertThat(hex(FrameFormat.toBytes(Frame.of(TcpCommand.AUTHENTICATE, ID, UserCredentials.of("admin", ""), null))))
                .isEqualTo(wire);
        assertThatThrownBy(() -> readOne(ByteBuffer.wrap(bytes(wire))))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessage("Login length is too big, it doesn't fit into TcpPackage.");
    }

    @Test
    void emptyPasswordIsFineWhenAPayloadFollows() {
        Frame frame = Frame.of(TcpCommand.PING, ID, UserCredentials.of("admin", ""), new byte[] {9});
        Frame read = readOne(ByteBuffer.wrap(FrameFormat.toBytes(frame)));
        assertThat(read.credentials()).isEqualTo(UserCredentials.of("admin", ""));
        assertThat(read.payload()).containsExactly(9);
    }

    @Test
    void loginLengthBeyondThePackage() {
        assertThatThrownBy(() -> readOne(ByteBuffer.wrap(bytes("14 00 00 00 03 01 " + ID_BYTES + " FF 61"))))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("Login length is too big");
    }

    @Test
    void passwordLengthBeyondThePackage() {
        assertThatThrownBy(() -> readOne(ByteBuffer.wrap(bytes("16 00 00 00 03 01 " + ID_BYTES + " 01 61 09 70"))))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessage("Password length is too big, it doesn't fit into TcpPackage.");
    }

    @Test
    void passwordMayEndThePackageExactly() {
        Frame read = readOne(ByteBuffer.wrap(bytes("16 00 00 00 03 01 " + ID_BYTES + " 01 61 01 70")));
        assertThat(read.credentials()).isEqualTo(UserCredentials.of("a", "p"));
        assertThat(read.payload()).isEmpty();
    }

    @Test
    void packagesShorterThanTheHeaderAreMalformed() {
        byte[] seventeen = new byte[17];
        assertThatThrownBy(() -> FrameFormat.read(ByteBuffer.wrap(seventeen), 17))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("17 bytes");
        assertThatThrownBy(() -> FrameFormat.read(ByteBuffer.wrap(seventeen), 0))
                .isInstanceOf(MalformedFrameException.class);
        Frame smallest = FrameFormat.read(ByteBuffer.wrap(bytes("02 00 " + ID_BYTES)), 18);
        assertThat(smallest.command()).isEqualTo(TcpCommand.HEARTBEAT_RESPONSE);
        assertThat(smallest.payload()).isEmpty();
    }

    @Test
    void otherFlagsAreKeptAsReceived() {
        Frame read = FrameFormat.read(ByteBuffer.wrap(bytes("82 02 " + ID_BYTES + " 0A")), 19);
        assertThat(read.flags()).isEqualTo(Frame.FLAG_TRUSTED_WRITE);
        assertThat(read.credentials()).isNull();
        assertThat(read.payload()).containsExactly(0x0A);
    }

    @Test
    void anUnpairedSurrogateInCredentialsStillGivesAConsistentFrame() {
        Frame frame = Frame.of(TcpCommand.PING, ID, UserCredentials.of("a\uD800", "p"), null);
        byte[] bytes = FrameFormat.toBytes(frame);
        assertThat(bytes).hasSize(4 + FrameFormat.packageLength(frame));
        assertThat(readOne(ByteBuffer.wrap(bytes)).payload()).isEmpty();
    }

    @Test
    void writingLeavesTheCallersByteOrderAlone() {
        ByteBuffer out = ByteBuffer.allocate(64);
        FrameFormat.write(Frame.of(TcpCommand.PING, ID, null, new byte[1]), out);
        assertThat(out.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(out.get(0)).isEqualTo((byte) 19);
    }

    @Test
    void theHeaderAloneIsTheFrameUpToItsPayloadWithThePrefixOfTheWhole() {
        Frame frame = Frame.of(TcpCommand.READ_EVENT, ID, UserCredentials.of("admin", "changeit"), new byte[] {1, 2, 3});
        byte[] whole = FrameFormat.toBytes(frame);
        ByteBuffer out = ByteBuffer.allocate(whole.length);

        FrameFormat.writeHeader(frame, out);

        assertThat(out.position()).isEqualTo(whole.length - 3);
        out.put(frame.payload());
        assertThat(out.array()).isEqualTo(whole);
    }
}
