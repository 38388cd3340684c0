package io.extreme.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.UserCredentials;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.WriteEventsCompleted;
import io.extreme.testkit.server.WireSession;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The faults a test asks an {@link EmbeddedEventStore} for, seen on the wire by a plain socket client. */
class ServerFaultsTest {
    private static final ProtocolCodec CODEC = new V4CodecProvider().codec();
    private EmbeddedEventStore store;
    private ServerFaults faults;
    private WireSession client;
    private final String stream = "faults-" + UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        store = EmbeddedEventStore.start();
        faults = store.faults();
        client = WireSession.connect(store.endpoint());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        store.close();
    }

    @Test
    void notReadyRefusesTwoWritesThenHandlesTheThird() throws Exception {
        faults.notHandled(NotHandledReason.NOT_READY, 2);
        for (int i = 0; i < 2; i++) {
            UUID id = client.send(WireSession.writeOneEvent(stream, false));
            assertThat(client.expect(id, NotHandled.class)).isEqualTo(new NotHandled(NotHandledReason.NOT_READY, null));
        }
        UUID third = client.send(WireSession.writeOneEvent(stream, false));
        WriteEventsCompleted written = client.expect(third, WriteEventsCompleted.class);
        assertThat(written.result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(written.firstEventNumber()).as("the refused writes wrote nothing").isZero();
        assertThat(faults.notHandledSent()).isEqualTo(2);
    }

    @Test
    void tooBusyRefusesReadsButNotTheConnectionsOwnCommands() throws Exception {
        faults.notHandled(NotHandledReason.TOO_BUSY, 1);
        for (int command : new int[] {TcpCommand.HEARTBEAT_REQUEST, TcpCommand.PING, TcpCommand.IDENTIFY_CLIENT}) {
            UUID id = client.sendControl(command, null);
            client.expectControl(id, command == TcpCommand.HEARTBEAT_REQUEST ? TcpCommand.HEARTBEAT_RESPONSE
                    : command == TcpCommand.PING ? TcpCommand.PONG : TcpCommand.CLIENT_IDENTIFIED);
        }
        UUID authenticate = client.sendControl(TcpCommand.AUTHENTICATE, WireSession.ADMIN);
        client.expectControl(authenticate, TcpCommand.AUTHENTICATED);

        UUID refused = client.send(read(false));
        assertThat(client.expect(refused, NotHandled.class).reason()).isEqualTo(NotHandledReason.TOO_BUSY);
        UUID served = client.send(read(false));
        assertThat(client.expect(served, ReadStreamEventsCompleted.class).result()).isEqualTo(ReadStreamResult.NO_STREAM);
        assertThat(faults.notHandledSent()).isEqualTo(1);
    }

    @Test
    void checksCredentialsBeforeRefusing() throws Exception {
        faults.notHandled(NotHandledReason.NOT_READY, 1);
        UUID bad = client.send(WireSession.writeOneEvent(stream, false), UserCredentials.of("admin", "wrong"));
        client.expect(bad, NotAuthenticated.class);
        UUID good = client.send(WireSession.writeOneEvent(stream, false), WireSession.ADMIN);
        assertThat(client.expect(good, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_READY);
        assertThat(faults.notHandledSent()).isEqualTo(1);
    }

    @Test
    void notMasterNamesTheMasterGiven() throws Exception {
        faults.notMaster(new Endpoint("10.0.0.7", 4113), 1);
        UUID id = client.send(WireSession.writeOneEvent(stream, true));
        NotHandled refused = client.expect(id, NotHandled.class);
        assertThat(refused.reason()).isEqualTo(NotHandledReason.NOT_MASTER);
        assertThat(refused.masterInfo()).isEqualTo(new MasterInfo("10.0.0.7", 4113, "10.0.0.7", 2113, null, null));
        UUID again = client.send(WireSession.writeOneEvent(stream, true));
        assertThat(client.expect(again, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);
    }

    @Test
    void notMasterServesWhatASlaveServesWithoutUsingUpTheCount() throws Exception {
        faults.notMaster(new Endpoint("127.0.0.1", 1113), 2);
        UUID read = client.send(read(false));
        assertThat(client.expect(read, ReadStreamEventsCompleted.class).result()).isEqualTo(ReadStreamResult.NO_STREAM);
        UUID write = client.send(WireSession.writeOneEvent(stream, false));
        assertThat(client.expect(write, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);
        UUID subscribe = client.send(new SubscribeToStream(stream, false));
        client.expect(subscribe, SubscriptionConfirmation.class);

        UUID masterRead = client.send(read(true));
        assertThat(client.expect(masterRead, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_MASTER);
        UUID create = client.send(new CreatePersistentSubscription("group", stream, persistentConfig()), WireSession.ADMIN);
        assertThat(client.expect(create, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_MASTER);
        assertThat(faults.notHandledSent()).isEqualTo(2);
    }

    @Test
    void droppedPushesAreLostAndLaterOnesArrive() throws Exception {
        UUID subscription = client.send(new SubscribeToStream(stream, false));
        client.expect(subscription, SubscriptionConfirmation.class);
        faults.dropSubscriptionPushes(true);
        try (WireSession writer = WireSession.connect(store.endpoint())) {
            write(writer);
            // The push of a commit is queued before the writer hears back, so a Pong that comes
            // first proves nothing was pushed.
            UUID ping = client.sendControl(TcpCommand.PING, null);
            client.expectControl(ping, TcpCommand.PONG);
            UUID read = client.send(read(false));
            assertThat(client.expect(read, ReadStreamEventsCompleted.class).events()).hasSize(1);

            faults.dropSubscriptionPushes(false);
            write(writer);
            StreamEventAppeared pushed = client.expect(subscription, StreamEventAppeared.class);
            assertThat(pushed.event().event().eventNumber()).as("the dropped event is not replayed").isEqualTo(1);
        }
    }

    @Test
    void clearGoesBackToNormal() throws Exception {
        faults.notHandled(NotHandledReason.TOO_BUSY, 1);
        UUID refused = client.send(read(false));
        client.expect(refused, NotHandled.class);
        faults.notHandled(NotHandledReason.NOT_READY, 5);
        faults.notMaster(new Endpoint("127.0.0.1", 1113), 5);
        faults.dropSubscriptionPushes(true);
        faults.clear();
        assertThat(faults.notHandledSent()).isZero();

        UUID subscription = client.send(new SubscribeToStream(stream, false));
        client.expect(subscription, SubscriptionConfirmation.class);
        UUID write = client.send(WireSession.writeOneEvent(stream, true));
        assertThat(client.expect(subscription, StreamEventAppeared.class).event().event().eventNumber()).isZero();
        assertThat(client.expect(write, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);
        assertThat(faults.notHandledSent()).isZero();
    }

    @Test
    void appliesToTheInMemoryTransportToo() throws Exception {
        faults.notHandled(NotHandledReason.NOT_READY, 1);
        CompletableFuture<Frame> reply = new CompletableFuture<>();
        Transport transport = new InMemoryTransportProvider().create(ExtremeSettings.defaults());
        try {
            TransportConnection connection = transport.connect(store.endpoint(), new TransportListener() {
                @Override
                public void onFrame(TransportConnection from, Frame frame) {
                    if (frame.command() != TcpCommand.HEARTBEAT_REQUEST) {
                        reply.complete(frame);
                    }
                }

                @Override
                public void onClosed(TransportConnection from, Throwable cause) {
                    reply.completeExceptionally(new IllegalStateException("closed", cause));
                }
            }).get(5, TimeUnit.SECONDS);
            UUID id = UUID.randomUUID();
            connection.send(CODEC.encode(id, null, WireSession.writeOneEvent(stream, false)));
            Frame frame = reply.get(5, TimeUnit.SECONDS);
            assertThat(frame.correlationId()).isEqualTo(id);
            assertThat(CODEC.decode(frame)).isEqualTo(new NotHandled(NotHandledReason.NOT_READY, null));
        } finally {
            transport.close();
        }
        assertThat(faults.notHandledSent()).isEqualTo(1);
    }

    @Test
    void refusesBadArgumentsByName() {
        assertThatThrownBy(() -> faults.notHandled(NotHandledReason.NOT_MASTER, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason").hasMessageContaining("NOT_READY or TOO_BUSY").hasMessageContaining("notMaster");
        assertThatThrownBy(() -> faults.notHandled(NotHandledReason.TOO_BUSY, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be 0 or more, was -1");
        assertThatThrownBy(() -> faults.notMaster(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("master");
    }

    private ReadStreamEvents read(boolean requireMaster) {
        return new ReadStreamEvents(ReadDirection.FORWARD, stream, 0, 10, false, requireMaster);
    }

    private void write(WireSession writer) throws Exception {
        UUID id = writer.send(WireSession.writeOneEvent(stream, false));
        assertThat(writer.expect(id, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);
    }

    private static PersistentSubscriptionConfig persistentConfig() {
        return new PersistentSubscriptionConfig(false, 0, 30_000, false, 500, 20, 500, 10, true, 1000, 3, 1, 0, "RoundRobin");
    }
}
