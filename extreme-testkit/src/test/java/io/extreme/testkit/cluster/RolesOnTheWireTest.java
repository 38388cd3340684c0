package io.extreme.testkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.ConnectToPersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.MasterInfo;
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
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What masters, slaves and leaderless nodes answer on the wire (PROTOCOL.md §4.13, §12). */
class RolesOnTheWireTest {
    private static final PersistentSubscriptionConfig CONFIG = new PersistentSubscriptionConfig(false, 0, 30_000,
            false, 500, 20, 500, 10, true, 2000, 1000, 10, 0, "RoundRobin");

    @Test
    void aSlaveNamesTheMasterToWhatNeedsIt() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3);
             WireSession slave = WireSession.connect(cluster.node(1).tcpEndpoint())) {
            ClusterNode master = cluster.node(0);

            UUID write = slave.send(WireSession.writeOneEvent("orders-1", true));
            NotHandled refused = slave.expect(write, NotHandled.class);

            assertThat(refused.reason()).isEqualTo(NotHandledReason.NOT_MASTER);
            assertThat(refused.masterInfo()).isEqualTo(new MasterInfo(master.tcpEndpoint().host(),
                    master.tcpEndpoint().port(), master.gossipEndpoint().host(), master.gossipEndpoint().port(),
                    null, null));
            UUID read = slave.send(new ReadStreamEvents(ReadDirection.FORWARD, "orders-1", 0, 10, false, true));
            assertThat(slave.expect(read, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_MASTER);
            UUID create = slave.send(new CreatePersistentSubscription("g", "orders-1", CONFIG), WireSession.ADMIN);
            assertThat(slave.expect(create, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_MASTER);
            UUID connect = slave.send(new ConnectToPersistentSubscription("g", "orders-1", 10), WireSession.ADMIN);
            assertThat(slave.expect(connect, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_MASTER);
            assertThat(cluster.node(1).notMasterAnswers()).isEqualTo(4);
            assertThat(cluster.node(0).notMasterAnswers()).isZero();
        }
    }

    @Test
    void aSlaveForwardsPlainWritesAndServesPlainReadsFromTheSharedLog() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(3);
             WireSession master = WireSession.connect(cluster.node(0).tcpEndpoint());
             WireSession slave = WireSession.connect(cluster.node(1).tcpEndpoint());
             WireSession other = WireSession.connect(cluster.node(2).tcpEndpoint())) {
            UUID onMaster = master.send(WireSession.writeOneEvent("orders-2", true));
            assertThat(master.expect(onMaster, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);
            UUID forwarded = slave.send(WireSession.writeOneEvent("orders-2", false));
            assertThat(slave.expect(forwarded, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);

            UUID read = other.send(new ReadStreamEvents(ReadDirection.FORWARD, "orders-2", 0, 10, false, false));
            ReadStreamEventsCompleted events = other.expect(read, ReadStreamEventsCompleted.class);

            assertThat(events.result()).isEqualTo(ReadStreamResult.SUCCESS);
            assertThat(events.events()).hasSize(2);
            assertThat(cluster.node(1).notMasterAnswers() + cluster.node(2).notMasterAnswers()).isZero();
        }
    }

    @Test
    void aVolatileSubscriptionOnASlaveGetsTheMastersWrites() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.start(2);
             WireSession master = WireSession.connect(cluster.node(0).tcpEndpoint());
             WireSession slave = WireSession.connect(cluster.node(1).tcpEndpoint())) {
            UUID subscription = slave.send(new SubscribeToStream("orders-3", false));
            slave.expect(subscription, SubscriptionConfirmation.class);

            UUID write = master.send(WireSession.writeOneEvent("orders-3", true));
            master.expect(write, WriteEventsCompleted.class);

            StreamEventAppeared pushed = slave.expect(subscription, StreamEventAppeared.class);
            assertThat(pushed.event().event().streamId()).isEqualTo("orders-3");
        }
    }

    @Test
    void everyNodeIsNotReadyForWritesWhileThereIsNoMaster() throws Exception {
        // A long election, so that the requests surely land in the gap.
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).electionDelay(Duration.ofSeconds(2))
                .start();
             WireSession survivor = WireSession.connect(cluster.node(1).tcpEndpoint())) {
            UUID before = survivor.send(WireSession.writeOneEvent("orders-4", false));
            survivor.expect(before, WriteEventsCompleted.class);

            cluster.kill(0);

            UUID forwarded = survivor.send(WireSession.writeOneEvent("orders-4", false));
            assertThat(survivor.expect(forwarded, NotHandled.class).reason()).isEqualTo(NotHandledReason.NOT_READY);
            UUID masterRead = survivor.send(new ReadStreamEvents(ReadDirection.FORWARD, "orders-4", 0, 10, false, true));
            NotHandled notReady = survivor.expect(masterRead, NotHandled.class);
            assertThat(notReady.reason()).isEqualTo(NotHandledReason.NOT_READY);
            assertThat(notReady.masterInfo()).isNull();
            UUID localRead = survivor.send(new ReadStreamEvents(ReadDirection.FORWARD, "orders-4", 0, 10, false, false));
            assertThat(survivor.expect(localRead, ReadStreamEventsCompleted.class).events()).hasSize(1);
            assertThat(cluster.node(1).notReadyAnswers()).isEqualTo(2);

            assertThat(cluster.awaitMaster(Await.DEADLINE)).isSameAs(cluster.node(1));
            UUID after = survivor.send(WireSession.writeOneEvent("orders-4", true));
            assertThat(survivor.expect(after, WriteEventsCompleted.class).result()).isEqualTo(OperationResult.SUCCESS);
        }
    }
}
