package io.extreme.protocol.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.WriteEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payloads the server would answer with "Could not unwrap network package": the codec throws
 * {@link MalformedFrameException} naming the command, as the v4 codec does. And messages that
 * cannot be encoded.
 */
class V3CodecMalformedTest {
    private static final ByteString TWO_BYTES = ByteString.copyFrom(new byte[] {1, 2});

    private final V3Codec codec = new V3Codec();

    private Message decode(int command, byte[] payload) {
        return codec.decode(Frame.of(command, Samples.ID, payload));
    }

    @Test
    void bytesThatAreNotProtobuf() {
        assertThatThrownBy(() -> decode(TcpCommand.WRITE_EVENTS, Hex.bytes("ffffffff")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageStartingWith("Could not unwrap network package for command WriteEvents")
                .hasCauseInstanceOf(InvalidProtocolBufferException.class);
    }

    @Test
    void truncatedVarint() {
        assertThatThrownBy(() -> decode(TcpCommand.READ_STREAM_EVENTS_BACKWARD, Hex.bytes("0A 01 73 10 FE FF")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("ReadStreamEventsBackward");
    }

    @Test
    void eventIdOfTwoBytesInAnAppend() {
        byte[] payload = ClientMessagesV3.WriteEvents.newBuilder()
                .setEventStreamId("s").setExpectedVersion(-2).setRequireMaster(true)
                .addEvents(ClientMessagesV3.NewEvent.newBuilder().setEventId(TWO_BYTES).setEventType("t")
                        .setDataContentType(0).setMetadataContentType(0).setData(ByteString.EMPTY))
                .build().toByteArray();
        assertThatThrownBy(() -> decode(TcpCommand.WRITE_EVENTS, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("WriteEvents")
                .hasMessageContaining("16 bytes, got 2");
    }

    @Test
    void eventWithoutIdInATransaction() {
        byte[] payload = ClientMessagesV3.TransactionWrite.newBuilder().setTransactionId(1).setRequireMaster(true)
                .addEvents(ClientMessagesV3.NewEvent.newBuilder().setEventType("t").buildPartial())
                .buildPartial().toByteArray();
        assertThatThrownBy(() -> decode(TcpCommand.TRANSACTION_WRITE, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("TransactionWrite")
                .hasMessageContaining("got 0");
    }

    @Test
    void eventIdOfTwoBytesInARead() {
        ClientMessagesV3.EventRecord record = ClientMessagesV3.EventRecord.newBuilder().setEventStreamId("s")
                .setEventNumber(0).setEventId(TWO_BYTES).setEventType("t").setDataContentType(0)
                .setMetadataContentType(0).setData(ByteString.EMPTY).build();
        byte[] payload = ClientMessagesV3.ReadStreamEventsCompleted.newBuilder()
                .addEvents(ClientMessagesV3.ResolvedIndexedEvent.newBuilder().setLink(record))
                .setResult(ClientMessagesV3.ReadStreamEventsCompleted.ReadStreamResult.Success)
                .setNextEventNumber(1).setLastEventNumber(0).setIsEndOfStream(true).setLastCommitPosition(0)
                .build().toByteArray();
        assertThatThrownBy(() -> decode(TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("ReadStreamEventsForwardCompleted");
    }

    @Test
    void ackedIdOfTwoBytes() {
        byte[] payload = ClientMessagesV3.PersistentSubscriptionAckEvents.newBuilder().setSubscriptionId("s::g")
                .addProcessedEventIds(TWO_BYTES).build().toByteArray();
        assertThatThrownBy(() -> decode(TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("PersistentSubscriptionAckEvents");
    }

    @Test
    void enumValueTheSchemaDoesNotKnow() {
        assertThatThrownBy(() -> decode(TcpCommand.WRITE_EVENTS_COMPLETED, Hex.bytes("08 63 18 00 20 00")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("WriteEventsCompleted");
        assertThatThrownBy(() -> decode(TcpCommand.SUBSCRIPTION_DROPPED, Hex.bytes("08 63")))
                .isInstanceOf(MalformedFrameException.class);
        assertThatThrownBy(() -> decode(TcpCommand.PERSISTENT_SUBSCRIPTION_NAK_EVENTS, Hex.bytes("0A 01 73 20 09")))
                .isInstanceOf(MalformedFrameException.class);
    }

    @Test
    void unknownFieldsOfNewerServersAreIgnored() {
        // DeleteStreamCompleted.current_version (field 5) exists only in 22.x's schema.
        assertThat(decode(TcpCommand.DELETE_STREAM_COMPLETED, Hex.bytes("08 00 28 07"))).isNotNull();
        // PersistentSubscriptionStreamEventAppeared.retryCount (field 2) arrived in 4.1.0.
        assertThat(decode(TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, Hex.bytes("0A 00 10 01")))
                .isNotNull();
    }

    @Test
    void nullRequiredFieldIsRefusedOnEncodeNamingTheMessage() {
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, new WriteEvents(null, -2, List.of(), true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("WriteEvents has null where protocol v3 requires a value");
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, new ReadStreamEvents(null, "s", 0, 1, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReadStreamEvents");
    }

    @Test
    void foreignMessageTypeIsRefused() {
        Message foreign = new Message() {
        };
        assertThatThrownBy(() -> codec.encode(Samples.ID, null, foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no command");
    }

    @Test
    void directionIsRequired() {
        assertThat(codec.encode(Samples.ID, null, new ReadStreamEvents(ReadDirection.BACKWARD, "s", -1, 1, false, false))
                .command()).isEqualTo(TcpCommand.READ_STREAM_EVENTS_BACKWARD);
    }
}
