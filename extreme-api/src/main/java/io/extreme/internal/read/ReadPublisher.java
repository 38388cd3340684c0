package io.extreme.internal.read;

import io.extreme.event.ResolvedEvent;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lazy read as a {@link Flow.Publisher} for one subscriber, and that subscriber's subscription.
 * Pages are asked for only to meet demand the buffer does not cover, one at a time and at most
 * one page ahead. Every signal comes from one drain loop run on the callback executor, never two
 * runs at once (rule 1.3), with no lock held while the subscriber runs; {@code request} and
 * {@code cancel} only note what they want and wake the loop, so a request from within
 * {@code onNext} does not recurse (rule 3.3).
 */
final class ReadPublisher implements Flow.Publisher<ResolvedEvent>, Flow.Subscription {
    private final Pager<?> pager;
    private final Executor callbacks;
    private final AtomicBoolean taken = new AtomicBoolean();
    /** Wakes not yet drained; the run that takes it from 0 owns the loop until it is 0 again. */
    private final AtomicInteger wakes = new AtomicInteger();
    /** Written before the first wake, then read by the loop only; cleared at the end (rule 3.13). */
    private Flow.Subscriber<? super ResolvedEvent> subscriber;
    private boolean subscribed;
    // Under the pager's lock.
    private long demand;
    private boolean cancelled;
    /** The first {@code request(n)} with n <= 0, to be signalled (rule 3.9); null: none. */
    private Long badRequest;

    ReadPublisher(Pager<?> pager, Executor callbacks) {
        this.pager = pager;
        this.callbacks = callbacks;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ResolvedEvent> candidate) {
        Objects.requireNonNull(candidate, "subscriber"); // rule 1.9
        if (!taken.compareAndSet(false, true)) {
            refuse(candidate);
            return;
        }
        subscriber = candidate;
        pager.listen(this::wake);
        wake();
    }

    @Override
    public void request(long n) {
        synchronized (pager) {
            if (n <= 0) {
                badRequest = badRequest == null ? n : badRequest;
            } else {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n; // rule 3.17: capped, not overflowed
            }
        }
        wake();
    }

    @Override
    public void cancel() {
        synchronized (pager) {
            cancelled = true;
        }
        pager.close(); // rule 3.5: no page is asked for after it, one in flight is dropped
        wake();
    }

    private void wake() {
        if (wakes.getAndIncrement() == 0) {
            try {
                callbacks.execute(this::run);
            } catch (RejectedExecutionException shutDown) {
                run(); // the client is closing: the end is still signalled
            }
        }
    }

    private void run() {
        int missed = 1;
        do {
            drain();
            missed = wakes.addAndGet(-missed);
        } while (missed != 0);
    }

    /** Signals what there is to signal, then asks for a page if demand is left uncovered. */
    private void drain() {
        Flow.Subscriber<? super ResolvedEvent> to = subscriber;
        if (to == null) {
            return; // ended
        }
        if (!subscribed) {
            subscribed = true;
            if (!signal(() -> to.onSubscribe(this))) {
                return;
            }
        }
        while (true) {
            ResolvedEvent event;
            Runnable last = null;
            int count = 0;
            synchronized (pager) {
                if (cancelled) {
                    subscriber = null;
                    return;
                }
                event = demand > 0 && badRequest == null ? pager.buffer.poll() : null;
                if (event != null) {
                    demand--;
                } else if (badRequest != null) {
                    IllegalArgumentException bad = new IllegalArgumentException(
                            "request(n) needs n > 0 (Reactive Streams rule 3.9), was " + badRequest);
                    last = () -> to.onError(bad);
                } else if (pager.buffer.isEmpty() && pager.failure() != null) {
                    Throwable failure = pager.failure();
                    last = () -> to.onError(failure);
                } else if (pager.buffer.isEmpty() && pager.isOver()) {
                    last = to::onComplete;
                } else {
                    count = pager.claim(demand);
                }
                if (last != null) {
                    cancelled = true; // nothing after the terminal signal, nothing kept (rule 3.13)
                    subscriber = null;
                }
            }
            if (last != null) {
                pager.close();
                signal(last);
                return;
            }
            if (event == null) {
                if (count > 0) {
                    pager.start(count);
                }
                return;
            }
            if (!signal(() -> to.onNext(event))) {
                return;
            }
        }
    }

    /** Runs a subscriber method; one that throws is taken as a cancel (rule 2.13). */
    private boolean signal(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException thrown) {
            cancel();
            return false;
        }
    }

    /** A second subscriber: onSubscribe (rule 1.9), then why it gets nothing. */
    private void refuse(Flow.Subscriber<? super ResolvedEvent> other) {
        Runnable refusal = () -> {
            other.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            other.onError(new IllegalStateException("this read's publisher already has its subscriber; "
                    + "an EventStream is read once"));
        };
        try {
            callbacks.execute(refusal);
        } catch (RejectedExecutionException shutDown) {
            refusal.run();
        }
    }
}
