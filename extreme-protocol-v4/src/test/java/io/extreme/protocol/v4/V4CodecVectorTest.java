package io.extreme.protocol.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-exact payloads and frames, from PROTOCOL.md and from protobuf's encoding rules. */
class V4CodecVectorTest {
    /** {@link Samples#ID} (00112233-4455-6677-8899-aabbccddeeff) in .NET byte order (PROTOCOL.md §1.4). */
    private static final String ID_BYTES = "33 22 11 00 55 44 77 66 88 99 AA BB CC DD EE FF";

    private final V4Codec codec = new V4Codec();

    private String payload(Message message) {
        return Hex.of(codec.encode(Samples.ID, null, message).payload());
    }

    private Message decode(int command, String hex) {
        return codec.decode(Frame.of(command, Samples.ID, Hex.bytes(hex)));
    }

    @Test
    void identifyClientAsInTheProtocolExample() {
        assertThat(payload(new IdentifyClient(1, "ES-x"))).isEqualTo("08 01 12 04 45 53 2D 78");
        assertThat(decode(TcpCommand.IDENTIFY_CLIENT, "08 01 12 04 45 53 2D 78")).isEqualTo(new IdentifyClient(1, "ES-x"));
    }

    @Test
    void expectedVersionAnyIsATenByteVarint() {
        String hex = "0A 01 73 10 FE FF FF FF FF FF FF FF FF 01 20 01";
        assertThat(payload(new WriteEvents("s", -2, List.of(), true))).isEqualTo(hex);
        assertThat(decode(TcpCommand.WRITE_EVENTS, hex))
                .usingRecursiveComparison().isEqualTo(new WriteEvents("s", -2, List.of(), true));
    }

    @Test
    void eventIdsAreInDotNetOrderAndOptionalMetadataIsLeftOut() {
        NewEvent event = new NewEvent(Samples.ID, "t", 1, 0, Samples.utf8("x"), null);
        String newEvent = "0A 10 " + ID_BYTES + " 12 01 74 18 01 20 00 2A 01 78";
        String hex = "0A 01 73 10 FE FF FF FF FF FF FF FF FF 01 1A 1C " + newEvent + " 20 00";
        assertThat(payload(new WriteEvents("s", -2, List.of(event), false))).isEqualTo(hex);
        assertThat(decode(TcpCommand.WRITE_EVENTS, hex))
                .usingRecursiveComparison().isEqualTo(new WriteEvents("s", -2, List.of(event), false));
    }

    @Test
    void acknowledgedIdsAreInDotNetOrder() {
        String hex = "0A 04 73 3A 3A 67 12 10 " + ID_BYTES;
        PersistentSubscriptionAckEvents ack = new PersistentSubscriptionAckEvents("s::g", List.of(Samples.ID));
        assertThat(payload(ack)).isEqualTo(hex);
        assertThat(decode(TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS, hex)).isEqualTo(ack);
    }

    @Test
    void readEventCompletedAlwaysCarriesTheEventEvenEmpty() {
        assertThat(payload(new ReadEventCompleted(ReadEventResult.NOT_FOUND, new ResolvedIndexedEvent(null, null), null)))
                .isEqualTo("08 01 12 00");
        assertThat(payload(new ReadEventCompleted(ReadEventResult.NOT_FOUND, null, null))).isEqualTo("08 01 12 00");
        assertThat(decode(TcpCommand.READ_EVENT_COMPLETED, "08 01 12 00"))
                .isEqualTo(new ReadEventCompleted(ReadEventResult.NOT_FOUND, new ResolvedIndexedEvent(null, null), null));
    }

    @Test
    void readAllResultIsWrittenOnlyWhenSet() {
        String bare = "08 00 10 00 20 0A 28 0A";
        assertThat(payload(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0, List.of(), 10, 10, null, null)))
                .isEqualTo(bare);
        assertThat(payload(new ReadAllEventsCompleted(ReadDirection.FORWARD, 0, 0, List.of(), 10, 10,
                ReadAllResult.SUCCESS, null))).isEqualTo(bare + " 30 00");
        assertThat(((ReadAllEventsCompleted) decode(TcpCommand.READ_ALL_EVENTS_BACKWARD_COMPLETED, bare)).result()).isNull();
        assertThat(((ReadAllEventsCompleted) decode(TcpCommand.READ_ALL_EVENTS_BACKWARD_COMPLETED, bare + " 30 00"))
                .result()).isEqualTo(ReadAllResult.SUCCESS);
    }

    @Test
    void subscriptionDroppedWithoutReasonIsAnEmptyPayload() {
        assertThat(payload(new SubscriptionDropped(null))).isEmpty();
        assertThat(payload(new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED))).isEqualTo("08 00");
        assertThat(decode(TcpCommand.SUBSCRIPTION_DROPPED, "")).isEqualTo(new SubscriptionDropped(null));
        assertThat(decode(TcpCommand.SUBSCRIPTION_DROPPED, "08 01"))
                .isEqualTo(new SubscriptionDropped(SubscriptionDropReason.ACCESS_DENIED));
    }

    @Test
    void notHandledCarriesMasterInfoAsAnEmbeddedMessage() {
        String address = "31 32 37 2E 30 2E 30 2E 31";
        String masterInfo = "0A 09 " + address + " 10 D9 08 1A 09 " + address + " 20 C1 10";
        String hex = "08 02 12 1C " + masterInfo;
        NotHandled notHandled = new NotHandled(NotHandledReason.NOT_MASTER,
                new MasterInfo("127.0.0.1", 1113, "127.0.0.1", 2113, null, null));
        assertThat(payload(notHandled)).isEqualTo(hex);
        assertThat(decode(TcpCommand.NOT_HANDLED, hex)).isEqualTo(notHandled);
        assertThat(payload(new NotHandled(NotHandledReason.NOT_READY, null))).isEqualTo("08 00");
    }

    @Test
    void textsArePlainUtf8() {
        assertThat(payload(new BadRequest("é\n"))).isEqualTo("C3 A9 0A");
        assertThat(payload(new BadRequest(null))).isEmpty();
        assertThat(decode(TcpCommand.NOT_AUTHENTICATED, "55 6E 61 75 74 68 6F 72 69 7A 65 64"))
                .isEqualTo(new NotAuthenticated("Unauthorized"));
    }

    @Test
    void pingPayloadIsRawAndUnknownCommandsPassThrough() {
        assertThat(payload(new Ping(new byte[] {1, 2, 3}))).isEqualTo("01 02 03");
        Message raw = decode(0x55, "78");
        assertThat(raw).isInstanceOf(RawMessage.class);
        assertThat(((RawMessage) raw).command()).isEqualTo(0x55);
        assertThat(Hex.of(((RawMessage) raw).payload())).isEqualTo("78");
        Frame again = codec.encode(Samples.ID, null, raw);
        assertThat(again.command()).isEqualTo(0x55);
        assertThat(Hex.of(again.payload())).isEqualTo("78");
    }

    @Test
    void emptyPayloadCommandsIgnoreStrayBytes() {
        assertThat(decode(TcpCommand.HEARTBEAT_REQUEST, "01 02")).isEqualTo(new HeartbeatRequest());
        assertThat(decode(TcpCommand.CLIENT_IDENTIFIED, "")).isEqualTo(new ClientIdentified());
    }

    @Test
    void authenticateFrameAsInTheProtocolExample() {
        Frame frame = codec.encode(Samples.ID, UserCredentials.of("admin", "changeit"), new Authenticate());
        assertThat(Hex.of(FrameFormat.toBytes(frame))).isEqualTo("21 00 00 00 F2 01 " + ID_BYTES
                + " 05 61 64 6D 69 6E 08 63 68 61 6E 67 65 69 74");
    }

    @Test
    void wholeFramesOfIdentifyClientAndHeartbeatResponse() {
        assertThat(Hex.of(FrameFormat.toBytes(codec.encode(Samples.ID, null, new IdentifyClient(1, "ES-x")))))
                .isEqualTo("1A 00 00 00 F5 00 " + ID_BYTES + " 08 01 12 04 45 53 2D 78");
        assertThat(Hex.of(FrameFormat.toBytes(codec.encode(Samples.ID, null, new HeartbeatResponse()))))
                .isEqualTo("12 00 00 00 02 00 " + ID_BYTES);
    }
}
