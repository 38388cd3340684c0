package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.protocol.v3.V3CodecProvider;
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
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WriteEventsCompleted;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.engine.EventStoreEngine;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A store started with {@code protocol(3)} over a real loopback socket: EventStore 3.9.3's
 * answers in v3's encoding (PROTOCOL.md §3.11, §4.6, §7.2, §12, §12.1 #5).
 */
class ProtocolV3ServerTest {
    private static final ProtocolCodec V3 = new V3CodecProvider().codec();
    /** Reads v3 replies as they are on the wire: v4's int64 fields take v3's int32 values unchanged. */
    private static final ProtocolCodec V4 = new V4CodecProvider().codec();

    private static EmbeddedEventStore store;

    @BeforeAll
    static void start() {
        store = EmbeddedEventStore.builder().protocol(3).start();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void answersIdentifyClientWithTheBadRequestOf393AndKeepsTheConnection() throws Exception {
        try (WireClient client = new WireClient(store.endpoint())) {
            for (int version : new int[] {1, 1, 0}) {
                UUID id = UUID.randomUUID();
                client.send(Frames.identifyClient(id, version));
                TcpServerTest.assertReply(client.read(), TcpCommand.BAD_REQUEST, id,
                        "Could not unwrap network package for command 245.\n");
            }
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "after identify"));
            TcpServerTest.assertReply(client.read(), TcpCommand.PONG, ping, "after identify");
        }
    }

    @Test
    void leavesOutCurrentVersionAndSendsTheTombstoneAsInt32() throws Exception {
        String stream = "v3-deleted-" + UUID.randomUUID();
        try (WireClient client = new WireClient(store.endpoint())) {
            WriteEventsCompleted written = ask(client, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            assertThat(written.result()).isEqualTo(OperationResult.SUCCESS);
            assertThat(written.currentVersion()).isNull();
            ask(client, null, new DeleteStream(stream, 0, true, true), DeleteStreamCompleted.class);

            Frame reply = send(client, null, new ReadStreamEvents(ReadDirection.FORWARD, stream, 0, 10, false, true));
            ReadStreamEventsCompleted onTheWire = (ReadStreamEventsCompleted) V4.decode(reply);
            assertThat(onTheWire.result()).isEqualTo(ReadStreamResult.STREAM_DELETED);
            assertThat(onTheWire.lastEventNumber()).isEqualTo(Integer.MAX_VALUE);
            assertThat(((ReadStreamEventsCompleted) V3.decode(reply)).lastEventNumber()).isEqualTo(Long.MAX_VALUE);
        }
    }

    @Test
    void softDeleteWritesTheInt32Marker() throws Exception {
        String stream = "v3-soft-" + UUID.randomUUID();
        try (WireClient client = new WireClient(store.endpoint())) {
            ask(client, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            ask(client, null, new DeleteStream(stream, -2, true, null), DeleteStreamCompleted.class);
            ReadEventCompleted metadata = ask(client, Frames.ADMIN, new ReadEvent("$$" + stream, -1, false, true),
                    ReadEventCompleted.class);
            assertThat(new String(metadata.event().event().data(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"$tb\":2147483647}");
            ReadStreamEventsCompleted read = ask(client, null,
                    new ReadStreamEvents(ReadDirection.FORWARD, stream, 0, 10, false, true),
                    ReadStreamEventsCompleted.class);
            assertThat(read.result()).isEqualTo(ReadStreamResult.NO_STREAM);
        }
    }

    @Test
    void forwardAllReadsResumeWithPrepareEqualToCommit() throws Exception {
        try (WireClient client = new WireClient(store.endpoint())) {
            WriteEventsCompleted written = ask(client, null, Frames.writeOneEvent("v3-all-" + UUID.randomUUID()),
                    WriteEventsCompleted.class);
            long position = written.commitPosition();
            ReadAllEventsCompleted page = ask(client, Frames.ADMIN,
                    new ReadAllEvents(ReadDirection.FORWARD, position, position, 1, false, true),
                    ReadAllEventsCompleted.class);
            assertThat(page.events()).hasSize(1);
            assertThat(page.nextCommitPosition()).isGreaterThan(position);
            assertThat(page.nextPreparePosition()).isEqualTo(page.nextCommitPosition());
        }
    }

    @Test
    void storesOfBothProtocolsShareOneEngine() throws Exception {
        EventStoreEngine engine = new EventStoreEngine();
        String stream = "shared-" + UUID.randomUUID();
        try (EmbeddedEventStore v3 = EmbeddedEventStore.builder().engine(engine).protocol(3).start();
             EmbeddedEventStore v4 = EmbeddedEventStore.builder().engine(engine).start();
             WireClient v3Client = new WireClient(v3.endpoint());
             WireClient v4Client = new WireClient(v4.endpoint())) {
            assertThat(v3.protocol()).isEqualTo(3);
            assertThat(v4.protocol()).isEqualTo(4);
            ask(v3Client, null, Frames.writeOneEvent(stream), WriteEventsCompleted.class);
            WriteEventsCompleted second = (WriteEventsCompleted) V4.decode(
                    roundTrip(v4Client, V4.encode(UUID.randomUUID(), null, Frames.writeOneEvent(stream))));
            assertThat(second.firstEventNumber()).isEqualTo(1);
            assertThat(second.currentVersion()).isZero(); // the v4 store answers as 4.1.4

            // A soft delete through the v3 store writes 3.x's marker; the v4 store takes it as one too.
            ask(v3Client, null, new DeleteStream(stream, 1, true, null), DeleteStreamCompleted.class);
            Frame read = roundTrip(v4Client, V4.encode(UUID.randomUUID(), null,
                    new ReadStreamEvents(ReadDirection.FORWARD, stream, 0, 10, false, true)));
            assertThat(((ReadStreamEventsCompleted) V4.decode(read)).result()).isEqualTo(ReadStreamResult.NO_STREAM);
        }
    }

    private static Frame send(WireClient client, UserCredentials credentials, Message request) throws Exception {
        return roundTrip(client, V3.encode(UUID.randomUUID(), credentials, request));
    }

    /** Sends {@code request} and returns the reply, which must come next and carry its id. */
    private static Frame roundTrip(WireClient client, Frame request) throws Exception {
        client.send(request);
        Frame reply = client.read();
        assertThat(reply.correlationId()).isEqualTo(request.correlationId());
        return reply;
    }

    private static <T extends Message> T ask(WireClient client, UserCredentials credentials, Message request,
                                             Class<T> replyType) throws Exception {
        return replyType.cast(V3.decode(send(client, credentials, request)));
    }
}
