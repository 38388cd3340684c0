package io.extreme.contract;

import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A subscription listener that records what it hears, for tests to wait on. */
final class Recorder implements SubscriptionListener {
    record Drop(DropReason reason, Throwable cause) {
    }

    final BlockingQueue<ResolvedEvent> events = new LinkedBlockingQueue<>();
    final CompletableFuture<Drop> dropped = new CompletableFuture<>();
    final AtomicInteger drops = new AtomicInteger();
    final AtomicInteger lives = new AtomicInteger();
    private final Predicate<ResolvedEvent> keep;

    Recorder() {
        this(e -> true);
    }

    /** Records only the events {@code keep} accepts: on {@code $all}, those of the test's own streams. */
    Recorder(Predicate<ResolvedEvent> keep) {
        this.keep = keep;
    }

    static Recorder of(String stream) {
        return new Recorder(e -> e.originalStreamId().equals(stream));
    }

    @Override
    public void onEvent(Subscription subscription, ResolvedEvent event) {
        if (keep.test(event)) {
            events.add(event);
        }
    }

    @Override
    public void onLive(Subscription subscription) {
        lives.incrementAndGet();
    }

    @Override
    public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
        drops.incrementAndGet();
        dropped.complete(new Drop(reason, cause));
    }

    /** The next {@code count} events, within the deadline. */
    List<ResolvedEvent> take(int count) {
        return Await.take(events, count);
    }

    Drop drop() {
        return Await.result(dropped);
    }
}
