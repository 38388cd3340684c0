package io.extreme.protocol.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.protocol.core.samples.Hex;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.*;
import org.junit.jupiter.api.Test;

/**
 * What protocol v4 added and v3 does not have (PROTOCOL.md §3.11, §7.2): the IdentifyClient
 * handshake, {@code WriteEventsCompleted.current_version}, the push's {@code retryCount}, and
 * 20.x's NotHandled reason IsReadOnly.
 */
class V3CodecWhatV3LacksTest {
    private final V3Codec codec = new V3Codec();
    private final CodecProbe probe = new CodecProbe(codec);

    private String payload(Message message) {
        return probe.payload(message);
    }

    private Message decode(int command, String hex) {
        return probe.decode(command, hex);
    }

    @Test
    void identifyClientIsRefusedSayingWhatA3xServerAnswers() {
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, new IdentifyClient(1, "ES-x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("protocol v3 has no IdentifyClient; EventStore 3.9.3 and older answer it with BadRequest");
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, new ClientIdentified()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("protocol v3 has no ClientIdentified");
    }

    @Test
    void handshakeFramesDecodeAsRawMessagesLikeAnyUnknownCommand() {
        Message identify = decode(TcpCommand.IDENTIFY_CLIENT, "08 01 12 04 45 53 2D 78");
        assertThat(identify).isInstanceOf(RawMessage.class);
        assertThat(((RawMessage) identify).command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        assertThat(Hex.of(((RawMessage) identify).payload())).isEqualTo("08 01 12 04 45 53 2D 78");

        Message identified = decode(TcpCommand.CLIENT_IDENTIFIED, "");
        assertThat(identified).isInstanceOf(RawMessage.class);
        assertThat(((RawMessage) identified).command()).isEqualTo(TcpCommand.CLIENT_IDENTIFIED);
    }

    @Test
    void currentVersionIsLeftOutAndAV4ServersOneIsIgnored() {
        assertThat(payload(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, null, null, 0L)))
                .isEqualTo("08 00 18 00 20 00");
        // What a 4.x server sends: current_version (field 7) reads as unknown, so null.
        assertThat(decode(TcpCommand.WRITE_EVENTS_COMPLETED, "08 00 18 00 20 00 38 00"))
                .isEqualTo(new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, null, null, null));
    }

    @Test
    void retryCountIsLeftOutAndA41ServersOneIsIgnored() {
        ResolvedIndexedEvent empty = new ResolvedIndexedEvent(null, null);
        assertThat(payload(new PersistentSubscriptionStreamEventAppeared(empty, 3))).isEqualTo("0A 00");
        assertThat(decode(TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, "0A 00 10 03"))
                .isEqualTo(new PersistentSubscriptionStreamEventAppeared(empty, null));
    }

    @Test
    void notHandledIsReadOnlyIsRefusedOnEncodeAndMalformedOnDecode() {
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, new NotHandled(NotHandledReason.IS_READ_ONLY, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IsReadOnly");
        assertThatThrownBy(() -> decode(TcpCommand.NOT_HANDLED, "08 03"))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("NotHandled");
    }

    @Test
    void theV3SchemaHasNeitherTheHandshakeNorTheV4OnlyFields() {
        assertThat(ClientMessagesV3.getDescriptor().findMessageTypeByName("IdentifyClient")).isNull();
        assertThat(ClientMessagesV3.getDescriptor().findMessageTypeByName("ClientIdentified")).isNull();
        assertThat(ClientMessagesV3.WriteEventsCompleted.getDescriptor().findFieldByName("current_version")).isNull();
        assertThat(ClientMessagesV3.PersistentSubscriptionStreamEventAppeared.getDescriptor()
                .findFieldByName("retryCount")).isNull();
    }

    @Test
    void bothSchemasLiveInOneJvmUnderTheirOwnPackages() throws InvalidProtocolBufferException {
        assertThat(ClientMessagesV3.getDescriptor().getPackage()).isEqualTo("EventStore.Client.Messages.V3");
        assertThat(ClientMessages.getDescriptor().getPackage()).isEqualTo("EventStore.Client.Messages");
        assertThat(ClientMessagesV3.ReadEvent.getDescriptor().getFullName())
                .isNotEqualTo(ClientMessages.ReadEvent.getDescriptor().getFullName());
        // An in-range v4 request is a valid v3 one, byte for byte.
        byte[] v4Bytes = ClientMessages.ReadEvent.newBuilder().setEventStreamId("s").setEventNumber(-1)
                .setResolveLinkTos(true).setRequireMaster(false).build().toByteArray();
        assertThat(ClientMessagesV3.ReadEvent.parseFrom(v4Bytes).getEventNumber()).isEqualTo(-1);
    }
}
