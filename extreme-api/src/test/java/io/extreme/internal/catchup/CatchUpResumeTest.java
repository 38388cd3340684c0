package io.extreme.internal.catchup;

import static io.extreme.internal.fakes.ServerHarness.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ReadOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.internal.client.ClientView;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Catch-up subscriptions across lost connections: every event once, in order, and one drop at the very end. */
class CatchUpResumeTest {
    private static final CatchUpOptions OPTIONS = new CatchUpOptions(false, 5, 100).withWatchdog(Duration.ZERO);

    private static List<Long> range(long from, long toInclusive) {
        return LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    @Test
    void outlivesDropsWhileReadingWhileReadingTheGapAndWhileLive() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 23);
            h.server.hold(m -> m instanceof ReadStreamEvents);
            Recorder recorder = new Recorder();
            CatchUpSubscription subscription = ((ClientView) h.client).catchUpAtOnce("s", -1, OPTIONS, recorder);
            until("the first read", () -> h.server.heldCount() == 1);

            // Dropped with the first page in flight; then with the gap read (after the confirmation) in flight.
            AtomicBoolean gapHeld = new AtomicBoolean();
            h.server.hold(m -> m instanceof ReadStreamEvents && h.server.liveSubscriptions() > 0 && gapHeld.compareAndSet(false, true));
            h.server.dropConnections();
            until("the gap read", () -> h.server.heldCount() == 1);
            h.server.append("s", 4); // pushed while the gap is read: held by the catch-up, then let go with the link
            h.server.dropConnections();
            recorder.awaitEvents(27);
            until("live", subscription::isLive);

            // Dropped while live, three times, with events written while the client is away and after it is back.
            for (int i = 0; i < 3; i++) {
                h.dropAndKeepOut(() -> h.server.append("s", 5));
                until("subscribed again", () -> h.server.liveSubscriptions() == 1 && subscription.isLive());
                h.server.append("s", 2);
            }
            recorder.awaitEvents(48);
            assertThat(recorder.numbers()).isEqualTo(range(0, 47));
            assertThat(recorder.drops).isEmpty();
            assertThat(recorder.lives).hasValue(1);
            assertThat(((CatchUp) subscription).resumes()).isGreaterThanOrEqualTo(4);

            h.client.close();
            until("the drop", () -> !recorder.drops.isEmpty());
            assertThat(recorder.drops).extracting(ServerHarness.Recorder.Drop::reason).containsExactly(DropReason.CONNECTION_CLOSED);
            assertThat(recorder.events).hasSize(48);
        }
    }

    @Test
    void aReadThatRanOutOfRetriesIsReadAgainAfterThePause() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings().maxOperationRetries(0))) {
            h.server.append("s", 12);
            AtomicBoolean once = new AtomicBoolean();
            h.server.hold(m -> m instanceof ReadStreamEvents && once.compareAndSet(false, true));
            Recorder recorder = new Recorder();
            CatchUpSubscription subscription = ((ClientView) h.client).catchUpAtOnce("s", -1, OPTIONS, recorder);
            until("the first read", () -> h.server.heldCount() == 1);
            h.dropAndKeepOut(() -> h.server.append("s", 3)); // the read fails: no retries left
            recorder.awaitEvents(15);
            until("live", subscription::isLive);
            h.server.append("s", 1);
            recorder.awaitEvents(16);
            assertThat(recorder.numbers()).isEqualTo(range(0, 15));
            assertThat(recorder.drops).isEmpty();
        }
    }

    @Test
    void aCatchUpOnAllResumesFromTheLastPositionQueued() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("a", 3);
            h.server.append("b", 3);
            Recorder recorder = new Recorder();
            CatchUpSubscription subscription = ((ClientView) h.client).catchUpAtOnce(Position.START, OPTIONS, recorder);
            recorder.awaitEvents(6);
            until("live", subscription::isLive);
            h.dropAndKeepOut(() -> {
                h.server.append("a", 2);
                h.server.append("b", 2);
            });
            until("subscribed again", () -> h.server.liveSubscriptions() == 1 && subscription.isLive());
            h.server.append("a", 1);
            recorder.awaitEvents(11);
            assertThat(recorder.events).extracting(e -> e.position().orElseThrow().commitPosition())
                    .isEqualTo(LongStream.rangeClosed(1, 11).map(n -> n * 10).boxed().toList());
            assertThat(subscription.lastPositionQueued()).contains(new Position(110, 110));
            assertThat(recorder.drops).isEmpty();
        }
    }

    @Test
    void endsOnceWithConnectionClosedWhenTheClientGivesUpReconnecting() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings().maxReconnectAttempts(3))) {
            h.server.append("s", 3);
            Recorder recorder = new Recorder();
            CatchUpSubscription subscription = ((ClientView) h.client).catchUpAtOnce("s", -1, OPTIONS, recorder);
            recorder.awaitEvents(3);
            until("live", subscription::isLive);
            h.transport.refuse = true;
            h.server.dropConnections();
            until("the drop", () -> !recorder.drops.isEmpty());
            assertThat(h.client.core().engine.isClosed()).isTrue();
            assertThat(recorder.drops).extracting(ServerHarness.Recorder.Drop::reason).containsExactly(DropReason.CONNECTION_CLOSED);
            assertThat(subscription.isActive()).isFalse();
        }
    }

    @Test
    void aSubscriptionClosedWhileDisconnectedEndsOnceAndDoesNotComeBack() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 3);
            Recorder recorder = new Recorder();
            CatchUpSubscription subscription = ((ClientView) h.client).catchUpAtOnce("s", -1, OPTIONS, recorder);
            until("live", subscription::isLive);
            h.dropAndKeepOut(subscription::close);
            until("the drop", () -> !recorder.drops.isEmpty());
            // The client is back once a read goes through; by then a resume would have subscribed again.
            assertThat(h.client.readStreamSlice("s", StreamPosition.of(0), ReadOptions.forward().withPageSize(1)).get(10, TimeUnit.SECONDS).events()).hasSize(1);
            h.server.append("s", 2);
            assertThat(h.client.readStreamSlice("s", StreamPosition.of(0), ReadOptions.forward().withPageSize(10)).get(10, TimeUnit.SECONDS).events()).hasSize(5);
            assertThat(h.server.subscribes).hasValue(1);
            assertThat(recorder.drops).extracting(ServerHarness.Recorder.Drop::reason).containsExactly(DropReason.UNSUBSCRIBED);
            assertThat(recorder.events).hasSize(3);
        }
    }

    @Test
    void aCatchUpPublisherResumesToo() {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 7);
            List<ResolvedEvent> received = new CopyOnWriteArrayList<>();
            List<Throwable> ended = new CopyOnWriteArrayList<>();
            h.client.streamPublisher("s", StreamPosition.START, SubscriptionOptions.DEFAULTS.withCatchUp(OPTIONS)).subscribe(new Flow.Subscriber<>() {
                @Override public void onSubscribe(Flow.Subscription s) { s.request(Long.MAX_VALUE); }
                @Override public void onNext(ResolvedEvent event) { received.add(event); }
                @Override public void onError(Throwable error) { ended.add(error); }
                @Override public void onComplete() { ended.add(null); }
            });
            until("the first events", () -> received.size() == 7 && h.server.liveSubscriptions() == 1);
            h.dropAndKeepOut(() -> h.server.append("s", 3));
            until("subscribed again", () -> h.server.liveSubscriptions() == 1);
            h.server.append("s", 2);
            until("every event", () -> received.size() >= 12);
            assertThat(received).extracting(ResolvedEvent::originalEventNumber).isEqualTo(range(0, 11));
            assertThat(ended).isEmpty();
        }
    }
}
