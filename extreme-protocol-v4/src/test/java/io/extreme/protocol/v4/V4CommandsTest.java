package io.extreme.protocol.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.Empty;
import com.google.protobuf.Message;
import io.extreme.CallOptions;
import io.extreme.ExtremeClient;
import io.extreme.RawReply;
import io.extreme.UserCredentials;
import io.extreme.error.BadRequestException;
import io.extreme.error.ExtremeException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.error.NotHandledException;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.protocol.core.samples.Samples;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Raw access: the request goes out as given, the answer comes back parsed by its command. */
class V4CommandsTest {
    private static final ClientMessages.ReadEvent READ = ClientMessages.ReadEvent.newBuilder()
            .setEventStreamId("s").setEventNumber(0).setResolveLinkTos(false).setRequireMaster(true).build();

    /** What the fake client was asked to send. */
    private record Sent(int command, byte[] payload, CallOptions options) {
    }

    private final AtomicReference<Sent> sent = new AtomicReference<>();

    /** An ExtremeClient whose execute answers with {@code reply}; nothing else is needed here. */
    private ExtremeClient answering(Frame reply) {
        return (ExtremeClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ExtremeClient.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    sent.set(new Sent((int) args[0], (byte[]) args[1], (CallOptions) args[2]));
                    return CompletableFuture.completedFuture(
                            reply == null ? null : new RawReply(reply.command(), reply.correlationId(), reply.payload()));
                });
    }

    private static Frame reply(io.extreme.spi.message.Message message) {
        return new V4Codec().encode(Samples.ID, null, message);
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    @Test
    void sendsTheRequestAsGivenAndParsesTheReplyByItsCommand() throws Exception {
        byte[] completed = ClientMessages.ReadEventCompleted.newBuilder()
                .setResult(ClientMessages.ReadEventCompleted.ReadEventResult.NoStream)
                .setEvent(ClientMessages.ResolvedIndexedEvent.getDefaultInstance()).build().toByteArray();
        UserCredentials admin = UserCredentials.of("admin", "changeit");
        ExtremeClient client = answering(Frame.of(TcpCommand.READ_EVENT_COMPLETED, Samples.ID, completed));

        Message reply = get(V4Commands.execute(client, TcpCommand.READ_EVENT, READ, CallOptions.DEFAULTS.withCredentials(admin)));

        assertThat(sent.get().command()).isEqualTo(TcpCommand.READ_EVENT);
        assertThat(sent.get().payload()).isEqualTo(READ.toByteArray());
        assertThat(sent.get().options().credentials()).hasValue(admin);
        assertThat(reply).isInstanceOf(ClientMessages.ReadEventCompleted.class);
        assertThat(((ClientMessages.ReadEventCompleted) reply).getResult())
                .isEqualTo(ClientMessages.ReadEventCompleted.ReadEventResult.NoStream);
    }

    @Test
    void typedVariantChecksTheReplyType() throws Exception {
        ExtremeClient client = answering(Frame.of(TcpCommand.CLIENT_IDENTIFIED, Samples.ID, null));
        ClientMessages.IdentifyClient identify = ClientMessages.IdentifyClient.newBuilder().setVersion(1).build();
        assertThat(get(V4Commands.execute(client, TcpCommand.IDENTIFY_CLIENT, identify, CallOptions.DEFAULTS,
                ClientMessages.ClientIdentified.class))).isNotNull();
        assertThatThrownBy(() -> get(V4Commands.execute(client, TcpCommand.IDENTIFY_CLIENT, identify, CallOptions.DEFAULTS,
                ClientMessages.WriteEventsCompleted.class)))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ExtremeException.class).hasMessageContaining("ClientIdentified");
    }

    @Test
    void refusalsFailWithTheServersText() {
        String text = "Could not unwrap network package for command ReadEvent.\n";
        assertThatThrownBy(() -> get(V4Commands.execute(answering(reply(new BadRequest(text))),
                TcpCommand.READ_EVENT, READ)))
                .cause().isInstanceOf(BadRequestException.class).hasMessage(text);
        assertThatThrownBy(() -> get(V4Commands.execute(
                answering(reply(new NotAuthenticated("Not Authenticated"))),
                TcpCommand.READ_EVENT, READ)))
                .cause().isInstanceOf(NotAuthenticatedException.class).hasMessage("Not Authenticated");
        NotHandled notMaster = new NotHandled(NotHandledReason.NOT_MASTER,
                new MasterInfo("10.0.0.1", 1113, "10.0.0.1", 2113, null, null));
        assertThatThrownBy(() -> get(V4Commands.execute(answering(reply(notMaster)), TcpCommand.READ_EVENT, READ)))
                .cause().isInstanceOf(NotHandledException.class)
                .hasMessageContaining("NotMaster").hasMessageContaining("10.0.0.1:1113");
    }

    @Test
    void answersWithoutProtobufBodies() throws Exception {
        ExtremeClient pong = answering(Frame.of(TcpCommand.PONG, Samples.ID, new byte[] {1, 2}));
        assertThat(((BytesValue) get(V4Commands.execute(pong, TcpCommand.PING, Empty.getDefaultInstance())))
                .getValue().toByteArray()).containsExactly(1, 2);
        ExtremeClient authenticated = answering(Frame.of(TcpCommand.AUTHENTICATED, Samples.ID, null));
        assertThat(get(V4Commands.execute(authenticated, TcpCommand.AUTHENTICATE, Empty.getDefaultInstance())))
                .isEqualTo(Empty.getDefaultInstance());
    }

    @Test
    void noAnswerCompletesWithNull() throws Exception {
        ClientMessages.PersistentSubscriptionAckEvents ack =
                ClientMessages.PersistentSubscriptionAckEvents.newBuilder().setSubscriptionId("s::g").build();
        assertThat(get(V4Commands.execute(answering(null), TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS, ack)))
                .isNull();
    }

    @Test
    void unknownReplyCommandFails() {
        assertThatThrownBy(() -> get(V4Commands.execute(answering(Frame.of(0x55, Samples.ID, null)),
                TcpCommand.READ_EVENT, READ)))
                .cause().isInstanceOf(ExtremeException.class).hasMessageContaining("0x55");
    }

    @Test
    void aReplyKeptByTheCallerHoldsNoViewOfThePayload() throws Exception {
        // A tool that keeps one event of a page must not keep the page's whole payload alive with it:
        // the message handed out owns its bytes, so writing over the payload leaves it as it was.
        byte[] data = {1, 2, 3, 4};
        ClientMessages.EventRecord record = ClientMessages.EventRecord.newBuilder()
                .setEventStreamId("raw-owned-1").setEventNumber(0).setEventId(ByteString.copyFrom(new byte[16]))
                .setEventType("Placed").setDataContentType(0).setMetadataContentType(0)
                .setData(ByteString.copyFrom(data)).build();
        byte[] page = ClientMessages.ReadStreamEventsCompleted.newBuilder()
                .addEvents(ClientMessages.ResolvedIndexedEvent.newBuilder().setEvent(record))
                .setResult(ClientMessages.ReadStreamEventsCompleted.ReadStreamResult.Success)
                .setNextEventNumber(1).setLastEventNumber(0).setIsEndOfStream(true).setLastCommitPosition(0)
                .build().toByteArray();
        ClientMessages.ReadStreamEvents read = ClientMessages.ReadStreamEvents.newBuilder().setEventStreamId("raw-owned-1")
                .setFromEventNumber(0).setMaxCount(10).setResolveLinkTos(false).setRequireMaster(false).build();
        ExtremeClient client = answering(Frame.of(TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, Samples.ID, page));

        ClientMessages.ReadStreamEventsCompleted reply = get(V4Commands.execute(client,
                TcpCommand.READ_STREAM_EVENTS_FORWARD, read, CallOptions.DEFAULTS,
                ClientMessages.ReadStreamEventsCompleted.class));
        ClientMessages.EventRecord kept = reply.getEvents(0).getEvent();
        Arrays.fill(page, (byte) 0);

        assertThat(kept.getData().toByteArray()).containsExactly(data);
        assertThat(kept.getEventStreamId()).isEqualTo("raw-owned-1");
        assertThat(kept.getEventType()).isEqualTo("Placed");
    }
}
