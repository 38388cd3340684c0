package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.PersistentConnectOptions;
import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.persistent.ConsumerStrategy;
import io.extreme.persistent.NackAction;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.DropReason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several consumers on one group (PROTOCOL.md §4.11): how each strategy shares events, buffer
 * sizes, message timeouts and naks. Asserts only what the testkit and a real 4.x server both
 * guarantee: consumers connect before events are written (so a real server shares live events),
 * the message timeout is long unless a test is about it, and no test depends on timing.
 */
class CompetingConsumersContractTest {
    private static final PersistentSubscriptionSettings FROM_START = PersistentSubscriptionSettings.defaults()
            .withStartFromBeginning().withMessageTimeout(Duration.ofSeconds(30)).withMaxRetryCount(5);

    /** What a consumer got: the event and its retry count. */
    record Delivery(ResolvedEvent event, int retryCount) {
        UUID id() {
            return event.originalEvent().eventId();
        }
    }

    /** Records deliveries and, with {@code acks} given, acks each one once, counting acks per event id. */
    static final class Consumer implements PersistentSubscriptionListener {
        final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        final List<Delivery> all = new ArrayList<>();
        final CompletableFuture<DropReason> dropped = new CompletableFuture<>();
        final Map<UUID, AtomicInteger> acks;
        final AtomicInteger acked = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        Consumer(Map<UUID, AtomicInteger> acks) {
            this.acks = acks;
        }

        Consumer() {
            this(null);
        }

        @Override
        public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) {
            Delivery delivery = new Delivery(event, retryCount);
            synchronized (all) {
                all.add(delivery);
                mostInFlight.accumulateAndGet(all.size() - acked.get(), Math::max);
            }
            if (acks != null) {
                acks.computeIfAbsent(delivery.id(), id -> new AtomicInteger()).incrementAndGet();
                subscription.ack(event);
            }
            deliveries.add(delivery);
        }

        @Override
        public void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
            dropped.complete(reason);
        }

        List<Delivery> all() {
            synchronized (all) {
                return List.copyOf(all);
            }
        }

        /** Acks as the test's own thread: counted first, so the in-flight bound is never overstated. */
        void ack(PersistentSubscription subscription, Delivery delivery) {
            acked.incrementAndGet();
            subscription.ack(delivery.event());
        }
    }

    private static String group(Server server, String stream, PersistentSubscriptionSettings settings) {
        result(server.admin().createPersistentSubscription(stream, "workers", settings));
        return "workers";
    }

    private static PersistentSubscription connect(Server server, String stream, int bufferSize, Consumer consumer) {
        return result(server.admin().connectToPersistentSubscription(stream, "workers", PersistentConnectOptions.DEFAULTS.withBufferSize(bufferSize).withAutoAck(false), consumer));
    }

    @ContractTest
    void roundRobinSharesEventsOverTwoConsumers(Server server) {
        roundRobinSharesEvents(server, 2);
    }

    @ContractTest
    void roundRobinSharesEventsOverThreeConsumers(Server server) {
        roundRobinSharesEvents(server, 3);
    }

    private void roundRobinSharesEvents(Server server, int consumerCount) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-rr");
        group(server, stream, FROM_START.withStrategy(ConsumerStrategy.ROUND_ROBIN));
        Map<UUID, AtomicInteger> acks = new ConcurrentHashMap<>();
        List<Consumer> consumers = new ArrayList<>();
        List<PersistentSubscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < consumerCount; i++) {
            Consumer consumer = new Consumer(acks);
            consumers.add(consumer);
            subscriptions.add(connect(server, stream, 2, consumer)); // small: only working acks let all 10 per consumer through
        }
        List<EventData> written = events(10 * consumerCount);
        result(admin.append(stream, written, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Await.until("every event acked", () -> acks.size() == written.size());
        List<UUID> delivered = new ArrayList<>();
        for (Consumer consumer : consumers) {
            assertThat(consumer.all()).as("each consumer gets some").isNotEmpty();
            consumer.all().forEach(d -> delivered.add(d.id()));
        }
        assertThat(delivered).as("each event handled by exactly one consumer, none lost")
                .containsExactlyInAnyOrderElementsOf(written.stream().map(EventData::eventId).toList());
        assertThat(acks.values()).extracting(AtomicInteger::get).containsOnly(1);
        subscriptions.forEach(PersistentSubscription::close);
    }

    @ContractTest
    void dispatchToSingleFillsTheFirstConsumerThenTheNext(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-single");
        group(server, stream, FROM_START.withStrategy(ConsumerStrategy.DISPATCH_TO_SINGLE));
        Consumer first = new Consumer();
        Consumer second = new Consumer();
        PersistentSubscription firstSubscription = connect(server, stream, 2, first);
        PersistentSubscription secondSubscription = connect(server, stream, 3, second);
        result(admin.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        List<Delivery> firstGot = Await.take(first.deliveries, 2);
        List<Delivery> secondGot = Await.take(second.deliveries, 3);
        assertThat(firstGot).extracting(d -> d.event().originalEventNumber()).containsExactly(0L, 1L);
        assertThat(secondGot).extracting(d -> d.event().originalEventNumber()).containsExactly(2L, 3L, 4L);
        // Both full: a new event waits for a free slot, which the first consumer makes by acking.
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(4))));
        first.ack(firstSubscription, firstGot.get(0));
        assertThat(Await.take(first.deliveries, 1).get(0).event().originalEventNumber()).isEqualTo(5L);
        assertThat(second.deliveries).isEmpty();
        firstSubscription.close();
        secondSubscription.close();
    }

    @ContractTest
    void pinnedKeepsOneStreamsEventsOnOneConsumer(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-pinned");
        group(server, stream, FROM_START.withStrategy(ConsumerStrategy.PINNED));
        Map<UUID, AtomicInteger> acks = new ConcurrentHashMap<>();
        Consumer first = new Consumer(acks);
        Consumer second = new Consumer(acks);
        PersistentSubscription a = connect(server, stream, 3, first);
        PersistentSubscription b = connect(server, stream, 3, second);
        result(admin.append(stream, events(12), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Await.until("every event acked", () -> acks.size() == 12);
        assertThat(List.of(first.all().size(), second.all().size())).as("all on one consumer").containsExactlyInAnyOrder(0, 12);
        a.close();
        b.close();
    }

    @ContractTest
    void pinnedKeepsEachSourceStreamOfLinksOnOneConsumer(Server server) {
        ExtremeClient admin = server.admin();
        String links = server.stream("cc-pinned-links");
        List<String> sources = List.of(server.stream("cc-src"), server.stream("cc-src"), server.stream("cc-src"));
        for (String source : sources) {
            result(admin.append(source, events(4), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        }
        // Resolved links: the consumer acks the link's id, which is what the group tracks.
        group(server, links, FROM_START.withStrategy(ConsumerStrategy.PINNED).withResolveLinkTos(true));
        Map<UUID, AtomicInteger> acks = new ConcurrentHashMap<>();
        Consumer first = new Consumer(acks);
        Consumer second = new Consumer(acks);
        PersistentSubscription a = connect(server, links, 2, first);
        PersistentSubscription b = connect(server, links, 2, second);
        List<EventData> linkEvents = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            for (String source : sources) { // interleaved, so a strategy that ignores the source would mix them
                linkEvents.add(EventData.binary("$>", (n + "@" + source).getBytes(StandardCharsets.UTF_8)));
            }
        }
        result(admin.append(links, linkEvents, AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Await.until("every link acked", () -> acks.size() == linkEvents.size());
        Map<String, Set<Consumer>> consumersBySource = new HashMap<>();
        for (Consumer consumer : List.of(first, second)) {
            for (Delivery delivery : consumer.all()) {
                assertThat(delivery.event().isResolved()).isTrue();
                assertThat(delivery.event().originalStreamId()).isEqualTo(links);
                consumersBySource.computeIfAbsent(delivery.event().event().streamId(), s -> new HashSet<>()).add(consumer);
            }
        }
        assertThat(consumersBySource).containsOnlyKeys(sources);
        assertThat(consumersBySource.values()).allSatisfy(set -> assertThat(set).hasSize(1));
        a.close();
        b.close();
    }

    @ContractTest
    void aConsumerNeverHoldsMoreThanItsBufferSize(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-buffer");
        group(server, stream, FROM_START);
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = connect(server, stream, 3, consumer);
        result(admin.append(stream, events(10), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        List<Delivery> got = new ArrayList<>(Await.take(consumer.deliveries, 3));
        while (got.size() < 10) { // one ack frees one slot: one more comes
            consumer.ack(subscription, got.get(got.size() - 3));
            got.addAll(Await.take(consumer.deliveries, 1));
        }
        assertThat(got).extracting(d -> d.event().originalEventNumber())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(consumer.mostInFlight.get()).isLessThanOrEqualTo(3);
        subscription.close();
    }

    @ContractTest
    void anUnackedEventComesAgainAfterTheMessageTimeoutAndIsParkedAtLast(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-timeout");
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        group(server, stream, FROM_START.withMessageTimeout(Duration.ofSeconds(1)).withMaxRetryCount(2));
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = connect(server, stream, 10, consumer);
        List<Delivery> got = Await.take(consumer.deliveries, 2);
        assertThat(got).extracting(Delivery::retryCount).containsExactly(0, server.isV4() ? 1 : 0); // 3.x reports none
        String parked = "$persistentsubscription-" + stream + "::workers-parked";
        Await.until("the event to be parked",
                () -> !result(admin.readStreamSlice(parked, StreamPosition.of(0), ReadOptions.forward().withPageSize(10).withResolveLinkTos(true))).events().isEmpty());
        var link = result(admin.readStreamSlice(parked, StreamPosition.of(0), ReadOptions.forward().withPageSize(10).withResolveLinkTos(true))).events().get(0);
        assertThat(link.event().eventId()).isEqualTo(got.get(0).id());
        List<Delivery> all = consumer.all();
        for (int i = 0; i < all.size(); i++) { // every delivery one retry more; never beyond the limit
            assertThat(all.get(i).retryCount()).isEqualTo(server.isV4() ? i : 0);
            assertThat(all.get(i).id()).isEqualTo(got.get(0).id());
        }
        assertThat(all.size()).isLessThanOrEqualTo(2 + 1);
        subscription.close();
    }

    @ContractTest
    void aSkippedEventDoesNotComeAgain(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-skip");
        result(admin.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        group(server, stream, FROM_START.withMessageTimeout(Duration.ofSeconds(1)));
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = connect(server, stream, 10, consumer);
        List<Delivery> got = Await.take(consumer.deliveries, 2);
        subscription.nack(got.get(0).event(), NackAction.SKIP, "not for us");
        // The second event, left unacked, times out no earlier than the first would have: once it
        // came again, the first would have come before it, had the skip not taken it out.
        Delivery again = Await.take(consumer.deliveries, 1).get(0);
        assertThat(again.id()).isEqualTo(got.get(1).id());
        assertThat(again.retryCount()).isEqualTo(server.isV4() ? 1 : 0);
        subscription.ack(again.event());
        assertThat(consumer.all()).extracting(Delivery::id).containsOnlyOnce(got.get(0).id());
        subscription.close();
    }

    @ContractTest
    void aStoppedEventIsDoneWithAndTheConsumerStaysConnected(Server server) {
        // Nak Stop on real 3.9.3 and 4.1.4 (PROTOCOL.md §12.1 #9): the server does nothing of its
        // own for Stop and then takes the id out as for an ack. No drop, the consumer stays and gets
        // new events, and the stopped event comes to no one again; what was never acked goes to the
        // next consumer once this one leaves.
        ExtremeClient admin = server.admin();
        String stream = server.stream("cc-stop");
        result(admin.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        group(server, stream, FROM_START);
        Consumer consumer = new Consumer();
        PersistentSubscription subscription = connect(server, stream, 10, consumer);
        List<Delivery> got = Await.take(consumer.deliveries, 2);
        Delivery stopped = got.get(0);
        subscription.nack(stopped.event(), NackAction.STOP, "stop");
        // An event written after the nak still reaches this consumer: Stop did not drop it.
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(1))));
        assertThat(Await.take(consumer.deliveries, 1).get(0).event().originalEventNumber()).isEqualTo(2L);
        assertThat(consumer.dropped).isNotDone();
        assertThat(subscription.isActive()).isTrue();
        subscription.close();
        assertThat(Await.result(consumer.dropped)).isEqualTo(DropReason.UNSUBSCRIBED);

        Consumer next = new Consumer();
        PersistentSubscription nextSubscription = connect(server, stream, 10, next);
        List<Delivery> handedOn = Await.take(next.deliveries, 2);
        assertThat(handedOn).extracting(d -> d.event().originalEventNumber()).containsExactly(1L, 2L);
        assertThat(handedOn).extracting(Delivery::retryCount).containsOnly(server.isV4() ? 1 : 0); // 3.x reports none
        handedOn.forEach(d -> nextSubscription.ack(d.event()));
        // A marker written after both: had the stopped event come again, it would have come before it.
        result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.exactly(2))));
        Delivery marker = Await.take(next.deliveries, 1).get(0);
        assertThat(marker.event().originalEventNumber()).isEqualTo(3L);
        assertThat(next.all()).extracting(Delivery::id).doesNotContain(stopped.id());
        nextSubscription.close();
    }

    @ContractTest
    void aGroupForOneConsumerRefusesTheSecond(Server server) {
        String stream = server.stream("cc-max");
        group(server, stream, FROM_START.withMaxSubscriberCount(1));
        Consumer first = new Consumer();
        PersistentSubscription subscription = connect(server, stream, 10, first);
        Consumer second = new Consumer();
        assertThatThrownBy(() -> connect(server, stream, 10, second)).hasMessageContaining("SUBSCRIBER_MAX_COUNT_REACHED");
        assertThat(Await.result(second.dropped)).isEqualTo(DropReason.SUBSCRIBER_MAX_COUNT_REACHED);
        assertThat(subscription.isActive()).isTrue();
        subscription.close();
    }
}
