package io.extreme.internal.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * A page offered as a batch reaches the handler as one hand-over to the executor, in order,
 * before what is offered after it, and counts against the bound event by event as it is offered.
 */
class HandlerOutboxTest {
    private final LinkedBlockingQueue<Runnable> handedOver = new LinkedBlockingQueue<>();
    private final Executor executor = handedOver::add; // runs nothing until the test says so
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final SubscriptionListener listener = new SubscriptionListener() {
        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            heard.add("event " + event.originalEventNumber());
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            heard.add("dropped " + reason);
        }
    };
    private final HandlerOutbox outbox = new HandlerOutbox(null, listener, executor, 10, 5, () -> { }, (r, c) -> { });

    private static ResolvedEvent event(long number) {
        RecordedEvent recorded = RecordedEvent.ofOwnedArrays("s", number, UUID.randomUUID(), "t", false, new byte[0], null,
                Instant.EPOCH);
        return new ResolvedEvent(recorded, null, null);
    }

    private void runHandedOver() {
        Runnable task;
        while ((task = handedOver.poll()) != null) {
            task.run();
        }
    }

    @Test
    void aPageGoesToTheHandlerInOneHandOverInOrderBeforeWhatFollows() {
        outbox.beginBatch();
        for (long n = 0; n < 4; n++) {
            assertThat(outbox.offer(event(n))).isTrue();
            // A handler that keeps up drains after every offer: one at a time, each would be a hand-over.
            assertThat(handedOver).as("nothing handed over before the page ends").isEmpty();
        }
        assertThat(outbox.queued()).as("counted as offered").isEqualTo(4);
        outbox.endBatch();
        assertThat(handedOver).as("the page, in one").hasSize(1);
        runHandedOver();

        assertThat(outbox.offer(event(4))).isTrue();
        outbox.end(DropReason.UNSUBSCRIBED, null, false);
        runHandedOver();
        assertThat(heard).containsExactly("event 0", "event 1", "event 2", "event 3", "event 4", "dropped UNSUBSCRIBED");
        assertThat(outbox.queued()).isZero();
    }

    @Test
    void withoutAPageEveryEventThatFindsTheHandlerIdleIsAHandOverOfItsOwn() {
        for (long n = 0; n < 4; n++) {
            assertThat(outbox.offer(event(n))).isTrue();
            assertThat(handedOver).hasSize(1);
            runHandedOver();
        }
        assertThat(heard).containsExactly("event 0", "event 1", "event 2", "event 3");
    }

    @Test
    void aPageStillCountsAgainstTheBound() {
        outbox.beginBatch();
        for (long n = 0; n < 10; n++) {
            assertThat(outbox.offer(event(n))).isTrue();
        }
        assertThat(outbox.offer(event(10))).as("the eleventh of a bound of ten").isFalse();
        outbox.endBatch();
        runHandedOver();
        assertThat(heard).hasSize(10);
        assertThat(outbox.maxQueued()).isEqualTo(10);
    }

    @Test
    void anEmptyPageHandsNothingOver() {
        outbox.beginBatch();
        outbox.endBatch();
        assertThat(handedOver).isEmpty();
    }
}
