package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.server.WireSession;
import java.io.EOFException;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Persistent subscriptions live on the master, and how a master goes decides what its consumers
 * see first, as on a real node (EventStore's {@code PersistentSubscriptionService}: on
 * {@code BecomeShuttingDown}, and on a state change to other than Master, every group is shut
 * down and each consumer sent SubscriptionDropped(Unsubscribed); issue 17 item 6). A master asked
 * to shut down drops its consumers, then closes; one that steps down drops them and keeps the
 * connection; a killed one only closes. While stopped, the service answers no connect (the
 * source's {@code if (!_started) return;}); what a shutting-down node's other layers answer is
 * unconfirmed.
 */
class PersistentOnTheMasterTest {
    private static final PersistentSubscriptionConfig CONFIG = new PersistentSubscriptionConfig(false, 0, 30_000,
            false, 500, 20, 500, 10, true, 2000, 1000, 10, 0, "RoundRobin");

    @Test
    void aMasterAskedToShutDownDropsItsConsumersBeforeItsConnectionsClose() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3);
             WireSession master = WireSession.connect(cluster.node(0).tcpEndpoint())) {
            UUID consumer = connectedConsumer(master, "shutdown-" + UUID.randomUUID());

            cluster.shutDown(0);

            assertUnsubscribed(master.expect(consumer, SubscriptionDropped.class));
            assertThatThrownBy(master::read).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void aMasterThatStepsDownDropsItsConsumersAndKeepsTheConnection() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3);
             WireSession master = WireSession.connect(cluster.node(0).tcpEndpoint())) {
            String stream = "step-down-" + UUID.randomUUID();
            UUID consumer = connectedConsumer(master, stream);

            cluster.forceElection(1);

            assertUnsubscribed(master.expect(consumer, SubscriptionDropped.class));
            UUID again = master.send(new ConnectToPersistentSubscription("g", stream, 10), WireSession.ADMIN);
            assertThat(master.expect(again, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_MASTER);
        }
    }

    @Test
    void aKilledMasterDropsNothingItsConnectionsJustClose() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3);
             WireSession master = WireSession.connect(cluster.node(0).tcpEndpoint())) {
            connectedConsumer(master, "kill-" + UUID.randomUUID());

            cluster.kill(0);

            assertThatThrownBy(master::read).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void aStoppedServiceAnswersNoConnectUntilItStartsAgain() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             WireSession session = WireSession.connect(store.endpoint())) {
            String stream = "stopped-" + UUID.randomUUID();
            UUID consumer = connectedConsumer(session, stream);

            store.stopPersistentSubscriptions();
            assertUnsubscribed(session.expect(consumer, SubscriptionDropped.class));
            session.send(new ConnectToPersistentSubscription("g", stream, 10), WireSession.ADMIN);
            // Frames are answered in order: a Ping's Pong next means the connect got no answer.
            UUID ping = session.sendControl(TcpCommand.PING, null);
            session.expectControl(ping, TcpCommand.PONG);

            store.startPersistentSubscriptions();
            UUID again = session.send(new ConnectToPersistentSubscription("g", stream, 10), WireSession.ADMIN);
            session.expect(again, PersistentSubscriptionConfirmation.class);
        }
    }

    private static UUID connectedConsumer(WireSession session, String stream) throws IOException {
        UUID create = session.send(new CreatePersistentSubscription("g", stream, CONFIG), WireSession.ADMIN);
        session.expect(create, CreatePersistentSubscriptionCompleted.class);
        UUID connect = session.send(new ConnectToPersistentSubscription("g", stream, 10), WireSession.ADMIN);
        session.expect(connect, PersistentSubscriptionConfirmation.class);
        return connect;
    }

    /** No reason on the wire reads as its default, Unsubscribed: either form is the one drop. */
    private static void assertUnsubscribed(SubscriptionDropped drop) {
        assertThat(drop.reason()).isIn(null, SubscriptionDropReason.UNSUBSCRIBED);
    }
}
