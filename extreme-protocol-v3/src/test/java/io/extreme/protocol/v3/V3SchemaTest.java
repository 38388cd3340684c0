package io.extreme.protocol.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.protocol.core.samples.Hex;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.protocol.v3.proto.ClientMessagesV3;
import io.extreme.spi.Frame;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.ReadEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codec writes v3 with the core's v4 schema under its v3 dialect: these tests hold its bytes
 * against v3's own schema ({@code client_messages_v3.proto}, generated for the tests), both ways.
 */
class V3SchemaTest {
    private final V3Codec codec = new V3Codec();
    private final CodecProbe probe = new CodecProbe(codec);

    /** The cases whose payload is a message of the schema: named as the command, less its direction. */
    static Stream<Samples.Case> protobufCases() {
        return Samples.all(V3Codec.VERSION).stream().filter(c -> v3Message(c.command()) != null);
    }

    private static Descriptor v3Message(int command) {
        String name = TcpCommand.nameOf(command).replace("Forward", "").replace("Backward", "");
        return ClientMessagesV3.getDescriptor().findMessageTypeByName(name);
    }

    @Test
    void mostCasesCarryAMessageOfTheSchema() {
        assertThat(protobufCases().count()).isGreaterThan(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protobufCases")
    void everyPayloadIsAV3MessageWithNoFieldV3LacksAndTheSameBytesAgain(Samples.Case c)
            throws InvalidProtocolBufferException {
        byte[] payload = codec.encode(Samples.ID, null, c.message()).payload();
        DynamicMessage read = DynamicMessage.parseFrom(v3Message(c.command()), payload);
        assertThat(read.getUnknownFields().asMap()).as("fields v3's schema does not know").isEmpty();
        assertThat(Hex.of(read.toByteArray())).isEqualTo(Hex.of(payload));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {5, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0})
    void aNumberBeyond32BitsOnTheWireReadsAsV3sInt32ReadsIt(long low) throws InvalidProtocolBufferException {
        // What a v4 peer would send: bits above 32 set, which an int32 field cuts off.
        long wire = (low & 0xFFFF_FFFFL) | (3L << 33);
        byte[] payload = ClientMessages.ReadEvent.newBuilder().setEventStreamId("s").setEventNumber(wire)
                .setResolveLinkTos(false).setRequireMaster(false).build().toByteArray();
        int v3Reads = ClientMessagesV3.ReadEvent.parseFrom(payload).getEventNumber();
        long expected = v3Reads == Integer.MAX_VALUE ? Long.MAX_VALUE : v3Reads;
        assertThat(((ReadEvent) codec.decode(Frame.of(TcpCommand.READ_EVENT, Samples.ID, payload))).eventNumber())
                .isEqualTo(expected);
    }

    /** NotHandled reasons as v3's schema reads them, IsReadOnly (3) being a value it does not know. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"08 00", "08 02", "08 03", "08 00 08 03", "08 03 08 01", "08 03 08 63", "08 63 08 03",
            "0A 00 08 03", "08 02 08 03 12 00"})
    void notHandledReasonsReadAsV3sSchemaReadsThem(String hex) throws InvalidProtocolBufferException {
        ClientMessagesV3.NotHandled v3 = ClientMessagesV3.NotHandled.parser().parsePartialFrom(Hex.bytes(hex));
        if (v3.hasReason()) {
            assertThat(((NotHandled) probe.decode(TcpCommand.NOT_HANDLED, hex)).reason())
                    .isEqualTo(NotHandledReason.fromCode(v3.getReason().getNumber()));
        } else {
            assertThat(v3.getUnknownFields().hasField(1)).isTrue();
            assertThatThrownBy(() -> probe.decode(TcpCommand.NOT_HANDLED, hex))
                    .isInstanceOf(MalformedFrameException.class)
                    .hasMessageEndingWith("field 1 of NotHandled has a value the schema does not know");
        }
    }
}
