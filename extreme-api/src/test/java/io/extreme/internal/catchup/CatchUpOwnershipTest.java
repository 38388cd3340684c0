package io.extreme.internal.catchup;

import static io.extreme.internal.fakes.ServerHarness.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The catch-up's state has one owner, its serial context: a page being queued into a slow outbox
 * keeps that context busy, and nothing else. The engine thread, which brings the pushes and every
 * other operation's answer, only hands pushes over and goes on.
 */
class CatchUpOwnershipTest {
    /** Pages of 500, as the default; room for the page and the pushes held while it is read. */
    private static final CatchUpOptions OPTIONS = new CatchUpOptions(false, 500, 2000).withWatchdog(Duration.ZERO);

    /** A listener's outbox whose offers wait at a gate while it is shut: a consumer that takes its time. */
    private static final class SlowOutbox implements Outbox {
        final CountDownLatch offering = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        final AtomicBoolean slow = new AtomicBoolean();
        private final Outbox inner;

        SlowOutbox(Outbox inner) {
            this.inner = inner;
        }

        @Override
        public boolean offer(ResolvedEvent event) {
            if (slow.get()) {
                offering.countDown();
                try {
                    assertThat(gate.await(20, TimeUnit.SECONDS)).as("the test opened the gate").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return inner.offer(event);
        }

        @Override
        public void start() {
            inner.start();
        }

        @Override
        public boolean hasRoomForBatch() {
            return inner.hasRoomForBatch();
        }

        @Override
        public void live() {
            inner.live();
        }

        @Override
        public void end(DropReason reason, Throwable cause, boolean now) {
            inner.end(reason, cause, now);
        }

        @Override
        public int queued() {
            return inner.queued();
        }

        @Override
        public int maxQueued() {
            return inner.maxQueued();
        }
    }

    @Test
    void aPageQueuedIntoASlowOutboxHoldsUpNeitherPushesNorOtherOperations() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 10);
            AtomicBoolean gapHeld = new AtomicBoolean();
            h.server.hold(m -> m instanceof ReadStreamEvents read && read.direction() == ReadDirection.FORWARD
                    && h.server.liveSubscriptions() > 0 && gapHeld.compareAndSet(false, true));
            Recorder recorder = new Recorder();
            SlowOutbox[] outbox = new SlowOutbox[1];
            Outbox.Factory handler = HandlerOutbox.factory(recorder, h.client.core().callbacks, OPTIONS);
            CatchUp catchUp = new StreamCatchUp(new CatchUpSource(h.client, h.client.core().engine, null), "s", -1, OPTIONS,
                    (CatchUpSubscription owner, Runnable onRoom, BiConsumer<DropReason, Throwable> onFailure) ->
                            outbox[0] = new SlowOutbox(handler.create(owner, onRoom, onFailure)),
                    h.client.core().callbacks);
            catchUp.start();
            recorder.awaitEvents(10);
            until("the gap read held", () -> h.server.heldCount() == 1);
            h.server.append("s", 500); // pushed while the gap is read: held by the live link

            outbox[0].slow.set(true);
            h.server.releaseHeld(); // the gap page: 500 events to queue, the first of them at the shut gate
            assertThat(outbox[0].offering.await(10, TimeUnit.SECONDS)).as("the page is being queued").isTrue();
            h.server.append("s", 1); // a push for the same catch-up reaches the engine thread...
            // ...which goes on serving the client while the page waits at the gate.
            assertThat(h.client.append("other", EventData.json("t", "{}")).get(10, TimeUnit.SECONDS).nextExpectedVersion())
                    .isZero();
            assertThat(outbox[0].gate.getCount()).as("the page was still waiting at the gate").isOne();
            outbox[0].gate.countDown();

            recorder.awaitEvents(511);
            assertThat(recorder.numbers()).isEqualTo(LongStream.rangeClosed(0, 510).boxed().toList());
            until("live", catchUp::isLive);
            assertThat(recorder.lives).hasValue(1);
            assertThat(recorder.drops).isEmpty();
            assertThat(catchUp.maxQueuedEvents()).isLessThanOrEqualTo(2000);
        }
    }

    @Test
    void aUserHoldingTheSubscriptionsMonitorHoldsUpNothing() throws Exception {
        try (ServerHarness h = new ServerHarness(ServerHarness.settings())) {
            h.server.append("s", 3);
            Recorder recorder = new Recorder();
            CatchUp catchUp = (CatchUp) h.client.catchUpAtOnce("s", -1, OPTIONS, recorder);
            recorder.awaitEvents(3);
            until("live", catchUp::isLive);
            synchronized (catchUp) {
                h.server.append("s", 2);
                assertThat(h.client.append("other", EventData.json("t", "{}")).get(10, TimeUnit.SECONDS).nextExpectedVersion())
                        .isZero();
                recorder.awaitEvents(5);
                assertThat(catchUp.isLive()).isTrue();
                assertThat(catchUp.lastEventNumberQueued()).hasValue(4);
            }
            assertThat(recorder.numbers()).isEqualTo(List.of(0L, 1L, 2L, 3L, 4L));
        }
    }
}
