package io.extreme.contract;

import static io.extreme.contract.Await.result;
import static io.extreme.contract.Events.events;
import static io.extreme.contract.Events.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.DeleteOptions;
import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.LongStream;

/** Catch-up subscriptions as {@link Flow.Publisher}s: demand paces reads and bounds the live queue. */
class PublisherContractTest {
    private static List<Long> range(long from, long toInclusive) {
        return LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    /** Round trips on the client, so that a read the publisher wrongly issued would have come back. */
    private static void settle(ExtremeClient client, String stream) {
        for (int i = 0; i < 3; i++) {
            result(client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1)));
        }
    }

    @ContractTest
    void readsOnlyAsFarAsTheDemandGoesPlusOneBatch(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("pub-demand");
        result(client.append(stream, events(200), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        CatchUpOptions options = new CatchUpOptions(false, 20, 50);
        FlowRecorder subscriber = new FlowRecorder();
        client.streamPublisher(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(options)).subscribe(subscriber);
        CatchUpSubscription subscription = subscriber.subscription();

        subscriber.request(10);
        assertThat(numbers(subscriber.take(10))).isEqualTo(range(0, 9));
        settle(client, stream);
        assertThat(subscription.lastEventNumberQueued().orElseThrow()).as("events read: at most one batch beyond the demand")
                .isBetween(9L, 9L + options.readBatchSize());
        assertThat(subscriber.events).isEmpty();
        assertThat(subscriber.received.get()).isEqualTo(10);
        assertThat(subscription.maxQueuedEvents()).isLessThanOrEqualTo(options.queueSize());
        assertThat(subscription.isLive()).isFalse();

        subscriber.request(Long.MAX_VALUE);
        assertThat(numbers(subscriber.take(190))).isEqualTo(range(10, 199));
        Await.until("the subscription to go live", subscription::isLive);
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.exactly(199))));
        assertThat(numbers(subscriber.take(3))).isEqualTo(range(200, 202));
        assertThat(subscription.maxQueuedEvents()).isLessThanOrEqualTo(options.queueSize());
        subscriber.cancel();
        assertThat(subscriber.violations).isEmpty();
    }

    @ContractTest
    void liveEventsWithoutDemandStayBoundedThenComeByReadsExactlyOnce(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("pub-live");
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        CatchUpOptions options = new CatchUpOptions(false, 10, 30);
        FlowRecorder subscriber = new FlowRecorder();
        client.streamPublisher(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(options)).subscribe(subscriber);
        CatchUpSubscription subscription = subscriber.subscription();
        subscriber.request(5);
        assertThat(numbers(subscriber.take(5))).isEqualTo(range(0, 4));
        Await.until("the subscription to go live", subscription::isLive);

        // No demand now: 100 live events, more than the queue holds.
        for (int i = 0; i < 10; i++) {
            result(client.append(stream, events(10), AppendOptions.expecting(ExpectedVersion.exactly(4 + 10L * i))));
        }
        Await.until("the queue to fill and the subscription to fall back to reads",
                () -> subscription.queuedEvents() == options.queueSize() && !subscription.isLive());
        settle(client, stream);
        assertThat(subscription.maxQueuedEvents()).isLessThanOrEqualTo(options.queueSize());
        assertThat(subscription.queuedEvents()).isLessThanOrEqualTo(options.queueSize());
        assertThat(subscriber.events).isEmpty();

        subscriber.request(Long.MAX_VALUE);
        assertThat(numbers(subscriber.take(100))).isEqualTo(range(5, 104));
        Await.until("the subscription to go live again", subscription::isLive);
        result(client.append(stream, events(2), AppendOptions.expecting(ExpectedVersion.exactly(104))));
        assertThat(numbers(subscriber.take(2))).isEqualTo(range(105, 106));
        assertThat(subscription.maxQueuedEvents()).isLessThanOrEqualTo(options.queueSize());
        subscriber.cancel();
        assertThat(subscriber.error).isNotDone();
        assertThat(subscriber.violations).isEmpty();
    }

    @ContractTest
    void cancelStopsTheCatchUpAndNothingFollows(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("pub-cancel");
        result(client.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        FlowRecorder subscriber = new FlowRecorder();
        client.streamPublisher(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(new CatchUpOptions(false, 2, 4))).subscribe(subscriber);
        CatchUpSubscription subscription = subscriber.subscription();
        subscriber.request(Long.MAX_VALUE);
        assertThat(numbers(subscriber.take(3))).isEqualTo(range(0, 2));
        Await.until("the subscription to go live", subscription::isLive);
        subscriber.cancel();
        Await.until("the catch-up to end", () -> !subscription.isActive());
        result(client.append(stream, events(5), AppendOptions.expecting(ExpectedVersion.exactly(2))));
        settle(client, stream);
        assertThat(subscriber.events).isEmpty();
        assertThat(subscriber.received.get()).isEqualTo(3);
        assertThat(subscriber.error).isNotDone();
        assertThat(subscriber.violations).isEmpty();
    }

    @ContractTest
    void eachSubscriberGetsItsOwnCatchUp(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("pub-cold");
        result(client.append(stream, events(12), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        Flow.Publisher<ResolvedEvent> publisher = client.streamPublisher(stream, StreamPosition.after(3), SubscriptionOptions.DEFAULTS.withCatchUp(new CatchUpOptions(false, 5, 5)));
        FlowRecorder first = new FlowRecorder();
        FlowRecorder second = new FlowRecorder();
        publisher.subscribe(first);
        publisher.subscribe(second);
        first.request(Long.MAX_VALUE);
        second.request(2);
        assertThat(numbers(first.take(8))).isEqualTo(range(4, 11));
        assertThat(numbers(second.take(2))).isEqualTo(range(4, 5));
        second.request(6);
        assertThat(numbers(second.take(6))).isEqualTo(range(6, 11));
        first.cancel();
        second.cancel();
        assertThat(first.violations).isEmpty();
        assertThat(second.violations).isEmpty();
    }

    @ContractTest
    void aMissingStreamIsWaitedForAndAHardDeletedOneIsAnError(Server server) {
        ExtremeClient client = server.client();
        String missing = server.stream("pub-missing");
        FlowRecorder waiting = new FlowRecorder();
        client.streamPublisher(missing, StreamPosition.START, SubscriptionOptions.DEFAULTS).subscribe(waiting);
        waiting.request(Long.MAX_VALUE);
        Await.until("the subscription to go live", () -> waiting.subscription().isLive());
        result(client.append(missing, events(2), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        assertThat(numbers(waiting.take(2))).containsExactly(0L, 1L);
        waiting.cancel();

        String deleted = server.stream("pub-deleted");
        result(client.append(deleted, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(client.delete(deleted, DeleteOptions.hard()));
        FlowRecorder failed = new FlowRecorder();
        client.streamPublisher(deleted, StreamPosition.START, SubscriptionOptions.DEFAULTS).subscribe(failed);
        assertThat(failed.error()).isInstanceOf(StreamDeletedException.class);
        assertThat(failed.received.get()).isZero();
        assertThat(waiting.violations).isEmpty();
        assertThat(failed.violations).isEmpty();
    }

    @ContractTest
    void aBadRequestIsAnErrorAndAThrowingSubscriberIsCancelled(Server server) {
        ExtremeClient client = server.client();
        String stream = server.stream("pub-rules");
        result(client.append(stream, events(10), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        FlowRecorder zero = new FlowRecorder();
        client.streamPublisher(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS).subscribe(zero);
        zero.subscription();
        Await.result(zero.subscribed).request(0);
        assertThat(zero.error()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
        Await.until("the catch-up to end", () -> !zero.subscription().isActive());

        FlowRecorder throwing = new FlowRecorder(e -> true, 3);
        client.streamPublisher(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(new CatchUpOptions(false, 2, 4))).subscribe(throwing);
        throwing.request(Long.MAX_VALUE);
        assertThat(numbers(throwing.take(2))).containsExactly(0L, 1L);
        Await.until("the catch-up to end", () -> !throwing.subscription().isActive());
        settle(client, stream);
        assertThat(throwing.received.get()).isEqualTo(3);
        assertThat(throwing.error).isNotDone();
        assertThat(zero.violations).isEmpty();
        assertThat(throwing.violations).isEmpty();
    }

    @ContractTest
    void catchesUpOnAllFromAPositionThenGoesLive(Server server) {
        ExtremeClient admin = server.admin();
        String stream = server.stream("pub-all");
        WriteResult first = result(admin.append(stream, events(1), AppendOptions.expecting(ExpectedVersion.NO_STREAM)));
        result(admin.append(stream, events(9), AppendOptions.expecting(ExpectedVersion.exactly(0))));
        FlowRecorder subscriber = FlowRecorder.of(stream);
        admin.allPublisher(first.logPosition().orElseThrow(), SubscriptionOptions.DEFAULTS.withCatchUp(new CatchUpOptions(false, 7, 20))).subscribe(subscriber);
        subscriber.request(Long.MAX_VALUE);
        assertThat(numbers(subscriber.take(9))).isEqualTo(range(1, 9));
        Await.until("the subscription to go live", () -> subscriber.subscription().isLive());
        result(admin.append(stream, events(3), AppendOptions.expecting(ExpectedVersion.exactly(9))));
        assertThat(numbers(subscriber.take(3))).isEqualTo(range(10, 12));
        assertThat(subscriber.subscription().lastPositionQueued()).isPresent();
        subscriber.cancel();
        assertThat(subscriber.violations).isEmpty();
    }
}
