package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.DeleteStream;
import io.extreme.spi.message.DeleteStreamCompleted;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.WriteEventsCompleted;
import io.extreme.testkit.EmbeddedEventStore;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A v4 store talking to a client that never sent IdentifyClient, a protocol-3 client (PROTOCOL.md
 * §7.3): as a real 4.x server, it narrows the tombstone's event number to {@code int.MaxValue} in
 * the replies and pushes that carry it, and stops once the client identifies with version 1.
 */
class UnidentifiedClientTest {
    private static final ProtocolCodec CODEC = new V4CodecProvider().codec();
    private static final long TOMBSTONE = Long.MAX_VALUE;
    private static final long NARROWED_TOMBSTONE = Integer.MAX_VALUE;

    private static EmbeddedEventStore store;

    @BeforeAll
    static void start() {
        store = EmbeddedEventStore.start();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void narrowsTheLastEventNumberOfAHardDeletedStreamUntilTheClientIdentifies() throws Exception {
        String stream = hardDeletedStream();
        try (WireClient client = new WireClient(store.endpoint())) {
            assertThat(readStream(client, stream).lastEventNumber()).isEqualTo(NARROWED_TOMBSTONE);
            identify(client, 0); // version 0 is V1 too: nothing changes
            assertThat(readStream(client, stream).lastEventNumber()).isEqualTo(NARROWED_TOMBSTONE);
            identify(client, 1);
            ReadStreamEventsCompleted read = readStream(client, stream);
            assertThat(read.result()).isEqualTo(ReadStreamResult.STREAM_DELETED);
            assertThat(read.lastEventNumber()).isEqualTo(TOMBSTONE);
        }
    }

    @Test
    void narrowsTheTombstoneInAllReadsAndSubscriptionConfirmations() throws Exception {
        String stream = hardDeletedStream();
        try (WireClient client = new WireClient(store.endpoint())) {
            ReadAllEventsCompleted page = ask(client, Frames.ADMIN,
                    new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 20, false, true), ReadAllEventsCompleted.class);
            assertThat(tombstoneOf(page, stream).event().eventNumber()).isEqualTo(NARROWED_TOMBSTONE);
            SubscriptionConfirmation confirmation = ask(client, null, new SubscribeToStream(stream, false),
                    SubscriptionConfirmation.class);
            assertThat(confirmation.lastEventNumber()).isEqualTo(NARROWED_TOMBSTONE);
        }
        try (WireClient identified = new WireClient(store.endpoint())) {
            identify(identified, 1);
            ReadAllEventsCompleted page = ask(identified, Frames.ADMIN,
                    new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 20, false, true), ReadAllEventsCompleted.class);
            assertThat(tombstoneOf(page, stream).event().eventNumber()).isEqualTo(TOMBSTONE);
        }
    }

    @Test
    void narrowsTheTombstonePushedToAnAllSubscription() throws Exception {
        String stream = "pushed-" + UUID.randomUUID();
        try (WireClient writer = new WireClient(store.endpoint());
             WireClient subscriber = new WireClient(store.endpoint())) {
            identify(writer, 1);
            ask(writer, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            UUID subscription = UUID.randomUUID();
            subscriber.send(CODEC.encode(subscription, Frames.ADMIN, new SubscribeToStream("", false)));
            assertThat(CODEC.decode(subscriber.read())).isInstanceOf(SubscriptionConfirmation.class);
            hardDelete(writer, stream);
            StreamEventAppeared pushed = nextPushOf(subscriber, subscription, stream);
            assertThat(pushed.event().event().eventType()).isEqualTo("$streamDeleted");
            assertThat(pushed.event().event().eventNumber()).isEqualTo(NARROWED_TOMBSTONE);
        }
    }

    @Test
    void leavesOrdinaryEventNumbersAlone() throws Exception {
        String stream = "ordinary-" + UUID.randomUUID();
        try (WireClient client = new WireClient(store.endpoint())) {
            ask(client, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            ask(client, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            ReadStreamEventsCompleted read = readStream(client, stream);
            assertThat(read.lastEventNumber()).isEqualTo(1);
            assertThat(read.events()).extracting(e -> e.event().eventNumber()).containsExactly(0L, 1L);
        }
    }

    /** A stream with one event, then hard-deleted by an identified client. */
    private static String hardDeletedStream() throws Exception {
        String stream = "deleted-" + UUID.randomUUID();
        try (WireClient client = new WireClient(store.endpoint())) {
            identify(client, 1);
            ask(client, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            hardDelete(client, stream);
        }
        return stream;
    }

    private static void hardDelete(WireClient client, String stream) throws Exception {
        DeleteStreamCompleted deleted = ask(client, null, new DeleteStream(stream, -2, true, true),
                DeleteStreamCompleted.class);
        assertThat(deleted.result()).isEqualTo(OperationResult.SUCCESS);
    }

    private static ReadStreamEventsCompleted readStream(WireClient client, String stream) throws Exception {
        return ask(client, null, new ReadStreamEvents(ReadDirection.FORWARD, stream, 0, 10, false, true),
                ReadStreamEventsCompleted.class);
    }

    private static void identify(WireClient client, int version) throws Exception {
        UUID id = UUID.randomUUID();
        client.send(Frames.identifyClient(id, version));
        TcpServerTest.assertReply(client.read(), TcpCommand.CLIENT_IDENTIFIED, id, "");
    }

    private static <T extends Message> T ask(WireClient client, UserCredentials credentials, Message request,
                                             Class<T> replyType) throws Exception {
        UUID id = UUID.randomUUID();
        client.send(CODEC.encode(id, credentials, request));
        Frame reply = client.read();
        assertThat(reply.correlationId()).isEqualTo(id);
        return replyType.cast(CODEC.decode(reply));
    }

    private static WireResolvedEvent tombstoneOf(ReadAllEventsCompleted page, String stream) {
        return page.events().stream()
                .filter(e -> e.event().streamId().equals(stream) && e.event().eventType().equals("$streamDeleted"))
                .findFirst().orElseThrow(() -> new AssertionError("no tombstone of " + stream + " in " + page));
    }

    /** The next push of {@code stream} on the subscription; pushes of other streams are skipped. */
    private static StreamEventAppeared nextPushOf(WireClient client, UUID subscription, String stream)
            throws Exception {
        while (true) { // each read has the client's deadline
            Frame frame = client.read();
            if (frame.correlationId().equals(subscription) && CODEC.decode(frame) instanceof StreamEventAppeared pushed
                    && pushed.event().event().streamId().equals(stream)) {
                return pushed;
            }
        }
    }
}
