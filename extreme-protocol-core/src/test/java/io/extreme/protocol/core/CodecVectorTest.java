package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.protocol.core.samples.Hex;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-exact payloads and frames, from PROTOCOL.md and from protobuf's encoding rules, the same
 * under either protocol. The handshake's vectors are the v4 module's to test.
 */
class CodecVectorTest {
    /** {@link Samples#ID} (00112233-4455-6677-8899-aabbccddeeff) in .NET byte order (PROTOCOL.md §1.4). */
    static final String ID_BYTES = "33 22 11 00 55 44 77 66 88 99 AA BB CC DD EE FF";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void expectedVersionAnyIsATenByteVarint(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        String hex = "0A 01 73 10 FE FF FF FF FF FF FF FF FF 01 20 01";
        assertThat(probe.payload(new WriteEvents("s", -2, List.of(), true))).isEqualTo(hex);
        assertThat(probe.decode(TcpCommand.WRITE_EVENTS, hex))
                .usingRecursiveComparison().isEqualTo(new WriteEvents("s", -2, List.of(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void eventIdsAreInDotNetOrderAndOptionalMetadataIsLeftOut(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        NewEvent event = new NewEvent(Samples.ID, "t", 1, 0, Samples.utf8("x"), null);
        String newEvent = "0A 10 " + ID_BYTES + " 12 01 74 18 01 20 00 2A 01 78";
        String hex = "0A 01 73 10 FE FF FF FF FF FF FF FF FF 01 1A 1C " + newEvent + " 20 00";
        assertThat(probe.payload(new WriteEvents("s", -2, List.of(event), false))).isEqualTo(hex);
        assertThat(probe.decode(TcpCommand.WRITE_EVENTS, hex))
                .usingRecursiveComparison().isEqualTo(new WriteEvents("s", -2, List.of(event), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void acknowledgedIdsAreInDotNetOrder(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        String hex = "0A 04 73 3A 3A 67 12 10 " + ID_BYTES;
        PersistentSubscriptionAckEvents ack = new PersistentSubscriptionAckEvents("s::g", List.of(Samples.ID));
        assertThat(probe.payload(ack)).isEqualTo(hex);
        assertThat(probe.decode(TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS, hex)).isEqualTo(ack);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void readEventCompletedAlwaysCarriesTheEventEvenEmpty(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        ReadEventCompleted notFound = new ReadEventCompleted(ReadEventResult.NOT_FOUND, new ResolvedIndexedEvent(null, null), null);
        assertThat(probe.payload(notFound)).isEqualTo("08 01 12 00");
        assertThat(probe.payload(new ReadEventCompleted(ReadEventResult.NOT_FOUND, null, null))).isEqualTo("08 01 12 00");
        assertThat(probe.decode(TcpCommand.READ_EVENT_COMPLETED, "08 01 12 00")).isEqualTo(notFound);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void readAllResultIsWrittenOnlyWhenSet(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        String bare = "08 00 10 00 20 0A 28 0A";
        assertThat(probe.payload(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0, List.of(), 10, 10, null, null)))
                .isEqualTo(bare);
        assertThat(probe.payload(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0, List.of(), 10, 10,
                ReadAllResult.SUCCESS, null))).isEqualTo(bare + " 30 00");
        assertThat(((ReadAllEventsCompleted) probe.decode(TcpCommand.READ_ALL_EVENTS_BACKWARD_COMPLETED, bare)).result())
                .isNull();
        assertThat(((ReadAllEventsCompleted) probe.decode(TcpCommand.READ_ALL_EVENTS_BACKWARD_COMPLETED, bare + " 30 00"))
                .result()).isEqualTo(ReadAllResult.SUCCESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void subscriptionDroppedWithoutReasonIsAnEmptyPayload(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        assertThat(probe.payload(new SubscriptionDropped(null))).isEmpty();
        assertThat(probe.payload(new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED))).isEqualTo("08 00");
        assertThat(probe.decode(TcpCommand.SUBSCRIPTION_DROPPED, "")).isEqualTo(new SubscriptionDropped(null));
        assertThat(probe.decode(TcpCommand.SUBSCRIPTION_DROPPED, "08 01"))
                .isEqualTo(new SubscriptionDropped(SubscriptionDropReason.ACCESS_DENIED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void notHandledCarriesMasterInfoAsAnEmbeddedMessage(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        String address = "31 32 37 2E 30 2E 30 2E 31";
        String masterInfo = "0A 09 " + address + " 10 D9 08 1A 09 " + address + " 20 C1 10";
        String hex = "08 02 12 1C " + masterInfo;
        NotHandled notHandled = new NotHandled(NotHandledReason.NOT_MASTER,
                new MasterInfo("127.0.0.1", 1113, "127.0.0.1", 2113, null, null));
        assertThat(probe.payload(notHandled)).isEqualTo(hex);
        assertThat(probe.decode(TcpCommand.NOT_HANDLED, hex)).isEqualTo(notHandled);
        assertThat(probe.payload(new NotHandled(NotHandledReason.NOT_READY, null))).isEqualTo("08 00");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void textsArePlainUtf8(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        assertThat(probe.payload(new BadRequest("é\n"))).isEqualTo("C3 A9 0A");
        assertThat(probe.payload(new BadRequest(null))).isEmpty();
        assertThat(probe.decode(TcpCommand.NOT_AUTHENTICATED, "55 6E 61 75 74 68 6F 72 69 7A 65 64"))
                .isEqualTo(new NotAuthenticated("Unauthorized"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void pingPayloadIsRawAndUnknownCommandsPassThrough(Dialect dialect) {
        CodecProbe probe = Dialects.probe(dialect);
        assertThat(probe.payload(new Ping(new byte[] {1, 2, 3}))).isEqualTo("01 02 03");
        Message raw = probe.decode(0x55, "78");
        assertThat(raw).isInstanceOf(RawMessage.class);
        assertThat(((RawMessage) raw).command()).isEqualTo(0x55);
        assertThat(Hex.of(((RawMessage) raw).payload())).isEqualTo("78");
        Frame again = Dialects.codec(dialect).encode(Samples.ID, null, raw);
        assertThat(again.command()).isEqualTo(0x55);
        assertThat(Hex.of(again.payload())).isEqualTo("78");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void authenticateFrameAsInTheProtocolExample(Dialect dialect) {
        Frame frame = Dialects.codec(dialect).encode(Samples.ID, UserCredentials.of("admin", "changeit"), new Authenticate());
        assertThat(Hex.of(FrameFormat.toBytes(frame))).isEqualTo("21 00 00 00 F2 01 " + ID_BYTES
                + " 05 61 64 6D 69 6E 08 63 68 61 6E 67 65 69 74");
    }
}
