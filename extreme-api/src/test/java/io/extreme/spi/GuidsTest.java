package io.extreme.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The .NET GUID byte order of PROTOCOL.md §1.4, both ways. */
class GuidsTest {
    private static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final byte[] DOT_NET = HexFormat.of().parseHex("33221100554477668899aabbccddeeff");

    @Test
    void exampleToDotNetBytes() {
        assertThat(Guids.toBytes(ID)).containsExactly(DOT_NET);
    }

    @Test
    void exampleFromDotNetBytes() {
        assertThat(Guids.fromBytes(DOT_NET)).isEqualTo(ID);
        assertThat(Guids.read(DOT_NET, 0)).isEqualTo(ID);
    }

    @Test
    void writesAndReadsAtAnOffsetLeavingNeighboursAlone() {
        byte[] out = new byte[20];
        out[2] = 0x7F;
        out[19] = 0x7F;
        Guids.write(ID, out, 3);
        assertThat(out[2]).isEqualTo((byte) 0x7F);
        assertThat(out[19]).isEqualTo((byte) 0x7F);
        assertThat(Guids.read(out, 3)).isEqualTo(ID);
    }

    @Test
    void dotNetOrderIsBigEndianWithTheFirstThreeGroupsReversed() {
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            byte[] big = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array();
            byte[] expected = {big[3], big[2], big[1], big[0], big[5], big[4], big[7], big[6],
                big[8], big[9], big[10], big[11], big[12], big[13], big[14], big[15]};
            assertThat(Guids.toBytes(id)).containsExactly(expected);
            assertThat(Guids.fromBytes(expected)).isEqualTo(id);
        }
    }

    @Test
    void zeroIdIsSixteenZeros() {
        assertThat(Guids.toBytes(Frame.ZERO_ID)).containsExactly(new byte[16]);
    }

    @Test
    void otherLengthsAreRefused() {
        assertThatThrownBy(() -> Guids.fromBytes(new byte[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 2");
    }
}
