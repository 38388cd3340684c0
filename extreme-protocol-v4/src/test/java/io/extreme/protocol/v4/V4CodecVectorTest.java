package io.extreme.protocol.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.protocol.core.samples.Hex;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.HeartbeatRequest;
import io.extreme.spi.message.HeartbeatResponse;
import io.extreme.spi.message.IdentifyClient;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact payloads and frames of the handshake only v4 has, from PROTOCOL.md. What holds
 * under both protocols is the core's {@code CodecVectorTest}.
 */
class V4CodecVectorTest {
    /** {@link Samples#ID} (00112233-4455-6677-8899-aabbccddeeff) in .NET byte order (PROTOCOL.md §1.4). */
    private static final String ID_BYTES = "33 22 11 00 55 44 77 66 88 99 AA BB CC DD EE FF";

    private final V4Codec codec = new V4Codec();
    private final CodecProbe probe = new CodecProbe(codec);

    @Test
    void identifyClientAsInTheProtocolExample() {
        assertThat(probe.payload(new IdentifyClient(1, "ES-x"))).isEqualTo("08 01 12 04 45 53 2D 78");
        assertThat(probe.decode(TcpCommand.IDENTIFY_CLIENT, "08 01 12 04 45 53 2D 78"))
                .isEqualTo(new IdentifyClient(1, "ES-x"));
    }

    @Test
    void emptyPayloadCommandsIgnoreStrayBytes() {
        assertThat(probe.decode(TcpCommand.HEARTBEAT_REQUEST, "01 02")).isEqualTo(new HeartbeatRequest());
        assertThat(probe.decode(TcpCommand.CLIENT_IDENTIFIED, "")).isEqualTo(new ClientIdentified());
    }

    @Test
    void wholeFramesOfIdentifyClientAndHeartbeatResponse() {
        assertThat(Hex.of(FrameFormat.toBytes(codec.encode(Samples.ID, null, new IdentifyClient(1, "ES-x")))))
                .isEqualTo("1A 00 00 00 F5 00 " + ID_BYTES + " 08 01 12 04 45 53 2D 78");
        assertThat(Hex.of(FrameFormat.toBytes(codec.encode(Samples.ID, null, new HeartbeatResponse()))))
                .isEqualTo("12 00 00 00 02 00 " + ID_BYTES);
    }
}
