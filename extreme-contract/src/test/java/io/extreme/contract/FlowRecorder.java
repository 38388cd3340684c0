package io.extreme.contract;

import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.CatchUpSubscription;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A {@link Flow.Subscriber} that records what it hears and checks how it is spoken to: one signal
 * at a time, onSubscribe first, never more onNext than requested, nothing after a terminal
 * signal, never on the client's engine or I/O threads. It requests only when a test says so.
 */
final class FlowRecorder implements Flow.Subscriber<ResolvedEvent> {
    final BlockingQueue<ResolvedEvent> events = new LinkedBlockingQueue<>();
    final CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
    final CompletableFuture<Throwable> error = new CompletableFuture<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    final AtomicInteger received = new AtomicInteger();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicBoolean signalling = new AtomicBoolean();
    private final AtomicBoolean terminated = new AtomicBoolean();
    private final Predicate<ResolvedEvent> keep;
    private final int throwAt;

    FlowRecorder() {
        this(e -> true, 0);
    }

    /**
     * @param keep    which events to record (on {@code $all}, the test's own)
     * @param throwAt onNext throws on this event (1-based), 0 for never
     */
    FlowRecorder(Predicate<ResolvedEvent> keep, int throwAt) {
        this.keep = keep;
        this.throwAt = throwAt;
    }

    static FlowRecorder of(String stream) {
        return new FlowRecorder(e -> e.originalStreamId().equals(stream), 0);
    }

    /** The subscription, which is also the catch-up behind it. */
    CatchUpSubscription subscription() {
        return (CatchUpSubscription) Await.result(subscribed);
    }

    void request(long n) {
        requested.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        Await.result(subscribed).request(n);
    }

    void cancel() {
        Await.result(subscribed).cancel();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        enter("onSubscribe");
        if (!subscribed.complete(subscription)) {
            violations.add("onSubscribe twice");
        }
        leave();
    }

    @Override
    public void onNext(ResolvedEvent event) {
        enter("onNext");
        try {
            int n = received.incrementAndGet();
            if (n > requested.get()) {
                violations.add("onNext " + n + " with only " + requested.get() + " requested");
            }
            if (n == throwAt) {
                throw new IllegalStateException("the subscriber failed on purpose");
            }
            if (keep.test(event)) {
                events.add(event);
            }
        } finally {
            leave();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        enter("onError");
        terminated.set(true);
        error.complete(throwable);
        leave();
    }

    @Override
    public void onComplete() {
        enter("onComplete");
        violations.add("onComplete from an endless publisher");
        leave();
    }

    private void enter(String signal) {
        String thread = Thread.currentThread().getName();
        if (thread.startsWith("extreme-engine") || thread.startsWith("extreme-nio")) {
            violations.add(signal + " on " + thread);
        }
        if (!signal.equals("onSubscribe") && !subscribed.isDone()) {
            violations.add(signal + " before onSubscribe");
        }
        if (terminated.get()) {
            violations.add(signal + " after onError");
        }
        if (!signalling.compareAndSet(false, true)) {
            violations.add(signal + " while another signal ran");
        }
    }

    private void leave() {
        signalling.set(false);
    }

    /** The next {@code count} recorded events, within the deadline. */
    List<ResolvedEvent> take(int count) {
        return Await.take(events, count);
    }

    Throwable error() {
        return Await.result(error);
    }
}
