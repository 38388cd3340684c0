package io.extreme.internal.publisher;

import io.extreme.error.ExtremeException;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.catchup.Outbox;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox of a catch-up behind a {@link Flow.Publisher}: events wait in a bounded queue and go
 * to the subscriber only as far as its demand goes. Demand also paces the reads: a batch is read
 * only when every event already queued is asked for, so a subscriber that stops asking has at most
 * one batch read ahead of it; live events fill the queue and then, refused, send the catch-up back
 * to reading — which waits for demand. Every signal runs in one {@link SignalLoop} on the
 * callback executor (never on the engine or I/O thread), so they are serial (rule 1.3).
 */
final class PublisherOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(PublisherOutbox.class);
    /** Events one run of the signal loop delivers before it hands the thread to other subscriptions. */
    private static final int FAIRNESS = 256;

    /** How the publisher ends: an error, delivered after the queue ({@code now} false) or at once. */
    private record Terminal(Throwable error, boolean now) {
    }

    private final CatchUpSubscription owner;
    private final int capacity;
    private final int roomThreshold;
    private final Runnable onRoom;
    private final BiConsumer<DropReason, Throwable> onFailure;
    private final Queue<ResolvedEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger maxQueued = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicBoolean roomWanted = new AtomicBoolean();
    private final AtomicReference<Terminal> terminal = new AtomicReference<>();
    private final SignalLoop signals;
    private final PublisherSubscription subscription;
    /** Cleared once nothing more may be signalled, so a cancelled subscriber can be collected (rule 3.13). */
    private volatile Flow.Subscriber<? super ResolvedEvent> subscriber;
    private volatile boolean cancelled;
    private boolean subscribed; // the signal loop's own

    PublisherOutbox(CatchUpSubscription owner, Flow.Subscriber<? super ResolvedEvent> subscriber, Executor executor,
                    CatchUpOptions options, Runnable onRoom, BiConsumer<DropReason, Throwable> onFailure) {
        this.owner = owner;
        this.subscriber = subscriber;
        this.capacity = options.queueSize();
        this.roomThreshold = options.queueSize() - options.readBatchSize();
        this.onRoom = onRoom;
        this.onFailure = onFailure;
        this.subscription = new PublisherSubscription(owner, this);
        this.signals = new SignalLoop(executor, this::emit);
    }

    // ---- the catch-up's side ------------------------------------------------------------------

    @Override
    public void start() {
        signals.wake(); // onSubscribe comes first, whatever else happens
    }

    @Override
    public boolean hasRoomForBatch() {
        if (roomNow()) {
            return true;
        }
        roomWanted.set(true);
        // Demand may have come, or the queue drained, between the check and the flag.
        return roomNow() && roomWanted.compareAndSet(true, false);
    }

    private boolean roomNow() {
        int now = queued.get();
        return !cancelled && now <= roomThreshold && now <= demand.get();
    }

    private void checkRoom() {
        if (roomNow() && roomWanted.compareAndSet(true, false)) {
            onRoom.run();
        }
    }

    @Override
    public boolean offer(ResolvedEvent event) {
        if (cancelled) {
            return true; // swallowed: the catch-up is being closed
        }
        int now = queued.incrementAndGet();
        if (now > capacity) {
            queued.decrementAndGet();
            return false;
        }
        maxQueued.accumulateAndGet(now, Math::max);
        events.add(event);
        signals.wake();
        return true;
    }

    @Override
    public void live() {
        // A Flow subscriber has no signal for it; the subscription's isLive() tells.
    }

    @Override
    public void end(DropReason reason, Throwable cause, boolean now) {
        if (cancelled) {
            return; // the subscriber cancelled, or failed: nothing more to tell it
        }
        Throwable error = cause != null ? cause
                : new ExtremeException("The catch-up subscription to " + owner.streamId() + " ended: " + reason);
        terminal.compareAndSet(null, new Terminal(error, now));
        signals.wake();
    }

    @Override
    public int queued() {
        return queued.get();
    }

    @Override
    public int maxQueued() {
        return maxQueued.get();
    }

    // ---- the subscriber's side ----------------------------------------------------------------

    void request(long n) {
        if (n <= 0) {
            // Rule 3.9: an error, at once, and the subscription ends.
            terminal.compareAndSet(null, new Terminal(new IllegalArgumentException(
                    "Rule 3.9: request(n) needs n > 0, was " + n), true));
            signals.wake();
            return;
        }
        demand.accumulateAndGet(n, (have, more) -> have + more < 0 ? Long.MAX_VALUE : have + more);
        signals.wake();
        checkRoom();
    }

    void cancel() {
        if (!cancelled) {
            cancelled = true;
            signals.wake(); // lets the loop drop the queue and the subscriber
            owner.close(); // unsubscribes the live feed and stops reading
        }
    }

    // ---- the signals ----------------------------------------------------------------------------

    /** Signals what there is to signal; true when it stopped for fairness with more to deliver. */
    private boolean emit() {
        Flow.Subscriber<? super ResolvedEvent> s = subscriber;
        if (s == null) {
            return false;
        }
        if (!subscribed) {
            subscribed = true;
            if (!signal(() -> s.onSubscribe(subscription))) {
                return false;
            }
        }
        int delivered = 0;
        while (!cancelled) {
            Terminal end = terminal.get();
            if (end != null && (end.now() || events.isEmpty())) {
                stop();
                try {
                    s.onError(end.error());
                } catch (RuntimeException | LinkageError e) {
                    log.warn("A Flow subscriber threw from onError (rule 2.13)", e);
                }
                owner.close();
                return false;
            }
            if (demand.get() == 0 || events.isEmpty()) {
                return false;
            }
            if (delivered == FAIRNESS) {
                return true;
            }
            ResolvedEvent event = events.poll();
            demand.getAndUpdate(have -> have == Long.MAX_VALUE ? have : have - 1);
            queued.decrementAndGet();
            delivered++;
            if (!signal(() -> s.onNext(event))) {
                return false;
            }
            checkRoom();
        }
        stop();
        return false;
    }

    /** Runs one signal; a subscriber that throws is treated as cancelled (rule 2.13). */
    private boolean signal(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException | LinkageError e) {
            log.warn("A Flow subscriber of the catch-up on {} threw; its subscription is cancelled (rule 2.13)",
                    owner.streamId(), e);
            stop();
            onFailure.accept(DropReason.HANDLER_ERROR, e);
            return false;
        }
    }

    /** Nothing more is signalled: the queue and the subscriber are let go. */
    private void stop() {
        cancelled = true;
        subscriber = null;
        events.clear();
        queued.set(0);
    }
}
