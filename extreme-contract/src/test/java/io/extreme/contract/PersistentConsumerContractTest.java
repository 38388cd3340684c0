package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.PersistentConnectOptions;
import io.extreme.ReadOptions;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.persistent.ConsumerStrategy;
import io.extreme.persistent.NackAction;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.DropReason;
import io.extreme.testkit.fault.FaultProxy;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

class PersistentConsumerContractTest {
    private static final PersistentSubscriptionSettings FROM_START = PersistentSubscriptionSettings.defaults()
            .withStartFromBeginning().withMessageTimeout(Duration.ofSeconds(10)).withMaxRetryCount(5);

    /** What a consumer got: the event and its retry count. */
    record Delivery(ResolvedEvent event, int retryCount) {
    }

    /** Records deliveries; acks nothing itself. */
    static final class Consumer implements PersistentSubscriptionListener {
        final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        final CompletableFuture<DropReason> dropped = new CompletableFuture<>();

        @Override
        public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) {
            deliveries.add(new Delivery(event, retryCount));
        }

        @Override
        public void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
            dropped.complete(reason);
        }
    }

    private static String group(Server server, String stream) {
        result(server.admin().createPersistentSubscription(stream, "workers", FROM_START));
        return "workers";
    }

    @ContractTest
    void deliversEveryEventAndAnAckedOneDoesNotComeAgain(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("psc-ack");
        result(admin.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        String group = group(server, stream);
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = result(admin.connectToPersistentSubscription(stream, group, consumer));
        assertThat(subscription.subscriptionId()).isEqualTo(stream + "::" + group);
        var got = Await.take(consumer.deliveries, 3);
        assertThat(got).extracting(d -> d.event().originalEventNumber()).containsExactly(0L, 1L, 2L);
        assertThat(got).extracting(Delivery::retryCount).containsOnly(0);
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(2))));
        assertThat(Await.take(consumer.deliveries, 1).get(0).event().originalEventNumber()).isEqualTo(3L);
        subscription.close();
        assertThat(Await.result(consumer.dropped)).isEqualTo(DropReason.UNSUBSCRIBED);
    }

    @ContractTest
    void aNackedRetryComesAgainWithAHigherRetryCount(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("psc-retry");
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        String group = group(server, stream);
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = result(admin.connectToPersistentSubscription(stream, group, PersistentConnectOptions.DEFAULTS.withAutoAck(false), consumer));
        Delivery first = Await.take(consumer.deliveries, 1).get(0);
        subscription.nack(first.event(), NackAction.RETRY, "try again");
        Delivery again = Await.take(consumer.deliveries, 1).get(0);
        assertThat(again.event().originalEventNumber()).isEqualTo(0L);
        assertThat(again.retryCount()).isEqualTo(server.isV4() ? first.retryCount() + 1 : 0); // 3.x reports no count
        subscription.ackEventIds(List.of(again.event().originalEvent().eventId()));
        // Acked by id: the next delivery is the next event, not event 0 again.
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(0))));
        assertThat(Await.take(consumer.deliveries, 1).get(0).event().originalEventNumber()).isEqualTo(1L);
        subscription.close();
    }

    @ContractTest
    void aParkedEventGoesToTheParkedStream(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("psc-park");
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        String group = group(server, stream);
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = result(admin.connectToPersistentSubscription(stream, group, PersistentConnectOptions.DEFAULTS.withAutoAck(false), consumer));
        Delivery first = Await.take(consumer.deliveries, 1).get(0);
        subscription.nack(first.event(), NackAction.PARK, "poison");
        String parked = "$persistentsubscription-" + stream + "::" + group + "-parked";
        Await.until("the event to be parked",
                () -> !result(admin.readStreamSlice(parked, StreamPosition.of(0), ReadOptions.forward().withPageSize(10).withResolveLinkTos(true))).events().isEmpty());
        var link = result(admin.readStreamSlice(parked, StreamPosition.of(0), ReadOptions.forward().withPageSize(10).withResolveLinkTos(true))).events().get(0);
        assertThat(link.event().eventId()).isEqualTo(first.event().event().eventId());
        subscription.close();
    }

    @ContractTest
    void connectingToAMissingGroupFailsClearly(Server server) {
        Consumer consumer = new Consumer();
        assertThatThrownBy(() -> result(server.admin().connectToPersistentSubscription(server.stream("psc-none"), "nobody", consumer))).hasMessageContaining("NOT_FOUND");
        assertThat(Await.result(consumer.dropped)).isEqualTo(DropReason.NOT_FOUND);
        assertThatThrownBy(() -> server.admin().connectToPersistentSubscription("s", "g", PersistentConnectOptions.DEFAULTS.withBufferSize(0), consumer))
                .hasMessageContaining("bufferSize");
    }

    @ContractTest
    void aConsumerOfADeletedGroupIsDroppedAndEnds(Server server) {
        // Real 3.9.3 and 4.1.4 drop it with a SubscriptionDropped that has no reason at all
        // (PROTOCOL.md §12.1 #12), the wire's Unsubscribed, as they drop every consumer of a master
        // that shuts down or steps down. Not asked for by the user, so the client connects the
        // consumer again; the group is gone, the server answers NotFound, and the consumer ends
        // as deleted: the user learns why.
        ExtremeClient admin = server.admin();
        String stream = server.stream("psc-deleted");
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        String group = group(server, stream);
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = result(admin.connectToPersistentSubscription(stream, group, consumer));
        Await.take(consumer.deliveries, 1);
        result(admin.deletePersistentSubscription(stream, group));
        assertThat(Await.result(consumer.dropped)).isEqualTo(DropReason.PERSISTENT_SUBSCRIPTION_DELETED);
        Await.until("the subscription to end", () -> !subscription.isActive());
    }

    /** The server goes away and comes back at a proxy of the test's own, so this runs against a real server too. */
    @ContractTest
    void aConsumerConnectsAgainByItselfAndEveryEventIsEventuallyAckedOnce(Server server) {
        String stream = server.stream("psc-reconnect");
        result(server.admin().append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        String group = group(server, stream);
        try (FaultProxy proxy = FaultProxy.start(server.settings().endpoint());
             ExtremeClient client = ContractTargets.connect(server, b -> b.endpoint(proxy.endpoint()).transport("nio")
                .credentials(server.adminCredentials()).reconnectDelay(Duration.ofMillis(50)).maxReconnectAttempts(-1))) {
            Consumer consumer = new Consumer();
            PersistentSubscription subscription = result(client.connectToPersistentSubscription(stream, group, consumer));
            Set<Long> seen = new HashSet<>();
            Await.take(consumer.deliveries, 2).forEach(d -> seen.add(d.event().originalEventNumber()));
            proxy.refuseNewConnections(true);
            proxy.cutAll();
            Await.until("the client to try again while the server is away", () -> proxy.refusedConnections() >= 1);
            proxy.refuseNewConnections(false);
            result(server.admin().append(stream, events(5), AppendOptions.expecting(ExpectedVersion.exactly(4))));
            // Whatever the lost connection left unacknowledged comes again; every event arrives.
            while (seen.size() < 10) {
                seen.add(Await.take(consumer.deliveries, 1).get(0).event().originalEventNumber());
            }
            assertThat(seen).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            // All acknowledged: before the next new event, only redeliveries of acks lost with the
            // old connection may come (with a raised retry count), never a fresh duplicate.
            result(server.admin().append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(9))));
            Delivery marker = Await.take(consumer.deliveries, 1).get(0);
            while (marker.event().originalEventNumber() != 10L) {
                assertThat(marker.event().originalEventNumber()).as("only a redelivery of an earlier event").isLessThan(10L);
                if (server.isV4()) { // 3.x reports no retry count
                    assertThat(marker.retryCount()).as("only a redelivery of an event whose ack was in flight").isPositive();
                }
                marker = Await.take(consumer.deliveries, 1).get(0);
            }
            assertThat(subscription.isActive()).isTrue();
            assertThat(consumer.dropped).isNotDone();
            subscription.close();
            assertThat(Await.result(consumer.dropped)).isEqualTo(DropReason.UNSUBSCRIBED);
        }
    }

    @ContractTest
    void acknowledgedProgressIsCheckpointedToTheGroupsCheckpointStream(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("psc-checkpoint");
        result(admin.append(stream, events(12), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        PersistentSubscriptionSettings often = PersistentSubscriptionSettings.builder().startFrom(StreamPosition.START)
                .messageTimeout(Duration.ofSeconds(10)).maxRetryCount(5).strategy(ConsumerStrategy.ROUND_ROBIN)
                .checkpointAfter(Duration.ofMillis(100)).minCheckpointCount(1).maxCheckpointCount(5).build();
        result(admin.createPersistentSubscription(stream, "checkpointed", often));
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = result(admin.connectToPersistentSubscription(stream, "checkpointed", PersistentConnectOptions.DEFAULTS.withBufferSize(20), consumer));
        Await.take(consumer.deliveries, 12);
        String checkpoints = "$persistentsubscription-" + stream + "::checkpointed-checkpoint";
        Await.until("a checkpoint after the acknowledged events", () -> {
            var last = result(admin.readStreamSlice(checkpoints, StreamPosition.END, ReadOptions.backward().withPageSize(1)));
            if (last.events().isEmpty()) {
                return false;
            }
            var checkpoint = last.events().get(0).event();
            long value = Long.parseLong(checkpoint.dataAsString().trim());
            // The type real 3.9.3 and 4.1.4 write: no "$" (PROTOCOL.md §12.1 #16).
            assertThat(checkpoint.eventType()).isEqualTo("SubscriptionCheckpoint");
            return value >= (server.store() != null ? 11 : 4);
        });
        subscription.close();
    }
}
