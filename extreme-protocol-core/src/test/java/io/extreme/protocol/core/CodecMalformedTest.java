package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.protocol.core.samples.Hex;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.WriteEvents;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payloads the server would answer with "Could not unwrap network package": the codec throws
 * {@link MalformedFrameException} naming the command, under either protocol. And messages that
 * cannot be encoded. The payloads are within 32 bits, so the v4 schema builds v3's bytes too.
 */
class CodecMalformedTest {
    private static final ByteString TWO_BYTES = ByteString.copyFrom(new byte[] {1, 2});

    private static Message decode(Dialect dialect, int command, byte[] payload) {
        return Dialects.codec(dialect).decode(Frame.of(command, Samples.ID, payload));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void bytesThatAreNotProtobuf(Dialect dialect) {
        assertThatThrownBy(() -> decode(dialect, TcpCommand.WRITE_EVENTS, Hex.bytes("ffffffff")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageStartingWith("Could not unwrap network package for command WriteEvents")
                .hasCauseInstanceOf(InvalidProtocolBufferException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void truncatedVarint(Dialect dialect) {
        assertThatThrownBy(() -> decode(dialect, TcpCommand.READ_STREAM_EVENTS_BACKWARD, Hex.bytes("0A 01 73 10 FE FF")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("ReadStreamEventsBackward");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void eventIdOfTwoBytesInAnAppend(Dialect dialect) {
        byte[] payload = ClientMessages.WriteEvents.newBuilder()
                .setEventStreamId("s").setExpectedVersion(-2).setRequireMaster(true)
                .addEvents(ClientMessages.NewEvent.newBuilder().setEventId(TWO_BYTES).setEventType("t")
                        .setDataContentType(0).setMetadataContentType(0).setData(ByteString.EMPTY))
                .build().toByteArray();
        assertThatThrownBy(() -> decode(dialect, TcpCommand.WRITE_EVENTS, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("WriteEvents")
                .hasMessageContaining("16 bytes, got 2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void eventWithoutIdInATransaction(Dialect dialect) {
        byte[] payload = ClientMessages.TransactionWrite.newBuilder().setTransactionId(1).setRequireMaster(true)
                .addEvents(ClientMessages.NewEvent.newBuilder().setEventType("t").buildPartial())
                .buildPartial().toByteArray();
        assertThatThrownBy(() -> decode(dialect, TcpCommand.TRANSACTION_WRITE, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("TransactionWrite")
                .hasMessageContaining("got 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void eventIdOfTwoBytesInARead(Dialect dialect) {
        ClientMessages.EventRecord record = ClientMessages.EventRecord.newBuilder().setEventStreamId("s")
                .setEventNumber(0).setEventId(TWO_BYTES).setEventType("t").setDataContentType(0)
                .setMetadataContentType(0).setData(ByteString.EMPTY).build();
        byte[] payload = ClientMessages.ReadStreamEventsCompleted.newBuilder()
                .addEvents(ClientMessages.ResolvedIndexedEvent.newBuilder().setLink(record))
                .setResult(ClientMessages.ReadStreamEventsCompleted.ReadStreamResult.Success)
                .setNextEventNumber(1).setLastEventNumber(0).setIsEndOfStream(true).setLastCommitPosition(0)
                .build().toByteArray();
        assertThatThrownBy(() -> decode(dialect, TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("ReadStreamEventsForwardCompleted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void ackedIdOfTwoBytes(Dialect dialect) {
        byte[] payload = ClientMessages.PersistentSubscriptionAckEvents.newBuilder().setSubscriptionId("s::g")
                .addProcessedEventIds(TWO_BYTES).build().toByteArray();
        assertThatThrownBy(() -> decode(dialect, TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS, payload))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("PersistentSubscriptionAckEvents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void enumValueTheSchemaDoesNotKnow(Dialect dialect) {
        assertThatThrownBy(() -> decode(dialect, TcpCommand.WRITE_EVENTS_COMPLETED, Hex.bytes("08 63 18 00 20 00")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("WriteEventsCompleted");
        assertThatThrownBy(() -> decode(dialect, TcpCommand.SUBSCRIPTION_DROPPED, Hex.bytes("08 63")))
                .isInstanceOf(MalformedFrameException.class);
        assertThatThrownBy(() -> decode(dialect, TcpCommand.PERSISTENT_SUBSCRIPTION_NAK_EVENTS, Hex.bytes("0A 01 73 20 09")))
                .isInstanceOf(MalformedFrameException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void unknownFieldsOfNewerServersAreIgnored(Dialect dialect) {
        // DeleteStreamCompleted.current_version (field 5) exists only in 22.x's schema.
        assertThat(decode(dialect, TcpCommand.DELETE_STREAM_COMPLETED, Hex.bytes("08 00 28 07"))).isNotNull();
        // PersistentSubscriptionStreamEventAppeared.retryCount (field 2) arrived in 4.1.0: v3 ignores it.
        assertThat(decode(dialect, TcpCommand.PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED, Hex.bytes("0A 00 10 01")))
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void nullRequiredFieldIsRefusedOnEncodeNamingTheMessage(Dialect dialect) {
        assertThatThrownBy(() -> Dialects.codec(dialect).encode(Samples.ID, null, new WriteEvents(null, -2, List.of(), true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("WriteEvents has null where " + dialect + " requires a value");
        assertThatThrownBy(() -> Dialects.codec(dialect).encode(Samples.ID, null,
                new ReadStreamEvents(null, "s", 0, 1, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReadStreamEvents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void foreignMessageTypeIsRefused(Dialect dialect) {
        Message foreign = new Message() {
        };
        assertThatThrownBy(() -> Dialects.codec(dialect).encode(Samples.ID, null, foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no command");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void directionIsRequired(Dialect dialect) {
        Frame frame = Dialects.codec(dialect).encode(Samples.ID, null,
                new ReadStreamEvents(ReadDirection.BACKWARD, "s", -1, 1, false, false));
        assertThat(frame.command()).isEqualTo(TcpCommand.READ_STREAM_EVENTS_BACKWARD);
    }
}
