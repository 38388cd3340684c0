package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.extreme.CallOptions;
import io.extreme.RawReply;
import io.extreme.error.BadRequestException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.protocol.v4.V4Commands;
import io.extreme.spi.Guids;
import io.extreme.spi.TcpCommand;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Raw access: any command and payload, as bytes or as the v4 protobuf messages. */
class RawContractTest {
    @ContractTest
    void aPingComesBackAsAPongWithItsPayload(Server server) {
        byte[] payload = "are you there?".getBytes(StandardCharsets.UTF_8);
        RawReply pong = result(server.client().execute(TcpCommand.PING, payload));
        assertThat(pong.command()).isEqualTo(TcpCommand.PONG);
        assertThat(pong.payload()).containsExactly(payload);
    }

    @ContractTest
    void anUnknownCommandGetsTheServersBadRequestAsItIs(Server server) {
        RawReply reply = result(server.client().execute(0x55, new byte[0]));
        assertThat(reply.command()).isEqualTo(TcpCommand.BAD_REQUEST);
        assertThat(new String(reply.payload(), StandardCharsets.UTF_8)).startsWith("Could not unwrap network package for command");
        assertThat(result(server.client().execute(TcpCommand.PING, new byte[] {1})).command()).isEqualTo(TcpCommand.PONG);
    }

    @ContractTest
    void typedRawAccessTakesAndReturnsProtobufMessages(Server server) {
        String stream = server.stream("raw-typed");
        ClientMessages.WriteEvents write = ClientMessages.WriteEvents.newBuilder()
                .setEventStreamId(stream).setExpectedVersion(-1).setRequireMaster(true)
                .addEvents(ClientMessages.NewEvent.newBuilder()
                        .setEventId(ByteString.copyFrom(Guids.toBytes(UUID.randomUUID())))
                        .setEventType("raw").setDataContentType(1).setMetadataContentType(0)
                        .setData(ByteString.copyFromUtf8("{\"raw\":true}")))
                .build();
        ClientMessages.WriteEventsCompleted written = result(V4Commands.execute(server.client(), TcpCommand.WRITE_EVENTS,
                write, CallOptions.DEFAULTS, ClientMessages.WriteEventsCompleted.class));
        assertThat(written.getResult()).isEqualTo(ClientMessages.OperationResult.Success);
        assertThat(written.getLastEventNumber()).isEqualTo(0);

        ClientMessages.ReadEvent read = ClientMessages.ReadEvent.newBuilder().setEventStreamId(stream).setEventNumber(0)
                .setResolveLinkTos(false).setRequireMaster(true).build();
        ClientMessages.ReadEventCompleted got = result(V4Commands.execute(server.client(), TcpCommand.READ_EVENT, read, CallOptions.DEFAULTS,
                ClientMessages.ReadEventCompleted.class));
        assertThat(got.getEvent().getEvent().getData().toStringUtf8()).isEqualTo("{\"raw\":true}");
    }

    @ContractTest
    void typedRawAccessFailsWithTheServersWords(Server server) {
        ClientMessages.WriteEvents bad = ClientMessages.WriteEvents.newBuilder()
                .setEventStreamId("").setExpectedVersion(-2).setRequireMaster(true).build();
        assertThatThrownBy(() -> result(V4Commands.execute(server.client(), TcpCommand.WRITE_EVENTS, bad)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("WriteEvents");
    }
}
