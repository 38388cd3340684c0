package io.extreme.internal.subscription;

import static io.extreme.internal.fakes.ServerHarness.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ReadOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.event.StreamPosition;
import io.extreme.internal.client.ClientView;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Volatile subscriptions after a lost connection: resumed (without the events written meanwhile) or dropped once. */
class VolatileResumeTest {
    /** What {@link ClientView} does for {@code subscribeToStream}, with the resume switch given. */
    private static CompletableFuture<Subscription> subscribe(ServerHarness h, String stream, Recorder recorder, boolean resume) {
        VolatileSubscription subscription = new VolatileSubscription(stream, recorder, h.client.core().callbacks, 100, resume);
        SubscribeOperation operation = new SubscribeOperation(stream, false, subscription, null);
        subscription.onClose(() -> h.client.core().engine.unsubscribe(operation));
        h.client.core().engine.submit(operation);
        return subscription.started();
    }

    @Test
    void resumedItHearsNoDropAndMissesOnlyWhatWasWrittenWhileAway() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            Recorder recorder = new Recorder();
            Subscription subscription = subscribe(h, "s", recorder, true).get(10, TimeUnit.SECONDS);
            h.server.append("s", 3);
            recorder.awaitEvents(3);
            for (int i = 0; i < 2; i++) {
                h.dropAndKeepOut(() -> h.server.append("s", 2));
                int round = i;
                until("subscribed again", () -> h.server.subscribes.get() == round + 2 && h.server.liveSubscriptions() == 1);
                h.server.append("s", 1);
            }
            recorder.awaitEvents(5);
            assertThat(recorder.numbers()).containsExactly(0L, 1L, 2L, 5L, 8L);
            assertThat(recorder.drops).isEmpty();
            assertThat(subscription.isActive()).isTrue();
            assertThat(subscription.lastEventNumber()).hasValue(7);

            h.client.close();
            until("the drop", () -> !recorder.drops.isEmpty());
            assertThat(recorder.drops).extracting(ServerHarness.Recorder.Drop::reason).containsExactly(DropReason.CONNECTION_CLOSED);
        }
    }

    @Test
    void resumedAndClosedWhileAwayItEndsOnceAndIsNotSentAgain() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            Recorder recorder = new Recorder();
            Subscription subscription = subscribe(h, "s", recorder, true).get(10, TimeUnit.SECONDS);
            h.dropAndKeepOut(subscription::close);
            until("the drop", () -> !recorder.drops.isEmpty());
            h.server.append("s", 1);
            assertThat(h.client.readStreamSlice("s", StreamPosition.of(0), ReadOptions.forward().withPageSize(1)).get(10, TimeUnit.SECONDS).events()).hasSize(1);
            assertThat(h.server.subscribes).hasValue(1);
            assertThat(recorder.drops).extracting(ServerHarness.Recorder.Drop::reason).containsExactly(DropReason.UNSUBSCRIBED);
        }
    }

    @Test
    void notResumedItIsDroppedOnceWithConnectionClosed() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            assertThat(h.client.settings().resumeVolatileSubscriptions()).isFalse();
            Recorder recorder = new Recorder();
            h.client.subscribeToStream("s", recorder).get(10, TimeUnit.SECONDS);
            h.server.append("s", 1);
            recorder.awaitEvents(1);
            h.server.dropConnections();
            until("the drop", () -> !recorder.drops.isEmpty());
            h.server.append("s", 1);
            assertThat(h.client.readStreamSlice("s", StreamPosition.of(0), ReadOptions.forward().withPageSize(5)).get(10, TimeUnit.SECONDS).events()).hasSize(2);
            assertThat(h.server.subscribes).hasValue(1);
            assertThat(recorder.drops).extracting(ServerHarness.Recorder.Drop::reason).containsExactly(DropReason.CONNECTION_CLOSED);
            assertThat(recorder.numbers()).isEqualTo(List.of(0L));
        }
    }

    @Test
    void aResumedSubscriptionOutlivesTheDeadlineOfItsStart() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings().resumeVolatileSubscriptions(true))) {
            Recorder recorder = new Recorder();
            long started = System.nanoTime();
            Subscription subscription = h.client.subscribeToStream("s", SubscriptionOptions.DEFAULTS.withDeadline(Duration.ofMillis(300)),
                    recorder).get(10, TimeUnit.SECONDS);
            until("the start's deadline is past", () -> System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(400));
            // The resubscription waits at the server for a few engine ticks: the start's deadline must not end it.
            h.dropAndKeepOut(() -> h.server.hold(m -> m instanceof SubscribeToStream));
            until("asked again", () -> h.server.heldCount() == 1);
            long held = System.nanoTime();
            until("held past a few ticks", () -> System.nanoTime() - held > TimeUnit.MILLISECONDS.toNanos(300));
            h.server.releaseHeld();
            until("subscribed again", () -> h.server.liveSubscriptions() == 1);
            h.server.append("s", 1);
            recorder.awaitEvents(1);
            assertThat(recorder.drops).isEmpty();
            assertThat(subscription.isActive()).isTrue();
        }
    }
}
