package io.extreme.internal.catchup;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a live catch-up subscription for silence. A server can stop pushing a subscription's
 * events without dropping it; nothing on the wire says so, so only the client can notice, by
 * comparing what it got with the head of the stream. When the subscription has queued nothing
 * for the interval, the watchdog reads the head (one event, backward from the end); when the
 * head is past the last event queued, the subscription subscribes again from there. A quiet
 * stream costs one small read per interval. The watchdog runs only while the subscription is
 * live: catching up is progress of its own.
 *
 * <p>One shared daemon timer serves every watchdog and every catch-up's retry pause, and its
 * tasks only look at state and submit reads: a thread per subscription would cost more than
 * the silence it watches for. A zero interval turns the watchdog off: every call is then a
 * no-op, so that the subscription need not ask whether it has one.
 *
 * <p><b>Threads.</b> No lock: the watchdog's fields (the generation, the timer) belong to its
 * catch-up's {@link SerialContext}, where {@link #arm} and {@link #disarm} are called. The timer
 * and the head read only hand their news to that context, which checks and decides; the last
 * activity is volatile because it is written for every event queued and read by the checks.
 */
final class SubscriptionWatchdog {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionWatchdog.class);

    /** What the watchdog needs of the subscription it watches. */
    interface Watched {
        /** How many events the subscription has queued so far: unchanged over a head read means still silent. */
        long queuedSoFar();

        /** Reads the head of the stream; completes with where it is when it is past the last event queued, else null. */
        CompletableFuture<String> headPastLastQueued();

        /**
         * The stream moved on to {@code head} while the subscription heard nothing for
         * {@code silentMillis}: subscribe again, if {@code stillSilent} holds. In the subscription's context.
         *
         * @return whether it subscribed again (the watchdog is then re-armed when it goes live)
         */
        boolean movedOnWithout(String head, long silentMillis, BooleanSupplier stillSilent);

        /** The subscription's name, for the log. */
        String streamId();
    }

    private final Watched owner;
    /** Where the checks run: the catch-up's context, which owns the watched state and this. */
    private final Executor context;
    private final long intervalNanos;
    /** The catch-up's watchdog interval was zero: nothing is ever scheduled. */
    private final boolean off;
    private volatile long lastActivityNanos;
    private final AtomicInteger resubscriptions = new AtomicInteger();
    /** Changes on every arm and disarm, so that a check from an earlier live period does nothing. */
    private int generation; // the context's
    private ScheduledFuture<?> timer; // the context's

    SubscriptionWatchdog(Watched owner, Duration interval, Executor context) {
        this.owner = owner;
        this.context = context;
        this.intervalNanos = interval.toNanos();
        this.off = interval.isZero();
    }

    /** The subscription went live: silence counts from now. In the context. */
    void arm() {
        if (off) {
            return;
        }
        disarm();
        lastActivityNanos = System.nanoTime();
        schedule(generation, intervalNanos);
    }

    /** The subscription left the live phase or ended: no check until it is live again. In the context. */
    void disarm() {
        if (off) {
            return;
        }
        generation++;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** An event was queued: the subscription is not silent. Cheap: called for every event. */
    void activity() {
        if (off) {
            return;
        }
        lastActivityNanos = System.nanoTime();
    }

    /** How many times the subscription subscribed again because the watchdog found it behind. */
    int resubscriptions() {
        return resubscriptions.get();
    }

    private boolean isCurrent(int armed) {
        return armed == generation;
    }

    /** In the context; the timer only hands the check back to it. */
    private void schedule(int armed, long delayNanos) {
        if (armed == generation) {
            timer = Timer.schedule(() -> context.execute(() -> check(armed)), delayNanos);
        }
    }

    /** In the context. */
    private void check(int armed) {
        if (!isCurrent(armed)) {
            return;
        }
        long silentNanos = System.nanoTime() - lastActivityNanos;
        if (silentNanos < intervalNanos) {
            schedule(armed, intervalNanos - silentNanos);
            return;
        }
        long queuedBefore = owner.queuedSoFar();
        CompletableFuture<String> read;
        try {
            read = owner.headPastLastQueued();
        } catch (RuntimeException refused) { // a client that cannot take the read now: the same as a failed read
            read = CompletableFuture.failedFuture(refused);
        }
        read.whenComplete((head, error) -> context.execute(() -> afterRead(armed, queuedBefore, head, error)));
    }

    /** The head read came back. In the context. */
    private void afterRead(int armed, long queuedBefore, String head, Throwable error) {
        if (error != null) {
            log.debug("the watchdog of the subscription to {} could not read the head: {}; trying again in {} ms",
                    owner.streamId(), CatchUpFailures.unwrap(error).toString(), TimeUnit.NANOSECONDS.toMillis(intervalNanos));
            schedule(armed, intervalNanos);
            return;
        }
        long silentMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivityNanos);
        if (head != null && owner.movedOnWithout(head, silentMillis,
                () -> isCurrent(armed) && owner.queuedSoFar() == queuedBefore)) {
            resubscriptions.incrementAndGet(); // re-armed when the subscription is live again
        } else {
            schedule(armed, intervalNanos);
        }
    }

    /** Runs {@code task} on the shared timer after {@code delay}; for pauses before a catch-up tries again. */
    static void later(Duration delay, Runnable task) {
        Timer.schedule(task, delay.toNanos());
    }

    /** The shared daemon timer, made on first use. */
    private static final class Timer {
        private static final ScheduledThreadPoolExecutor EXECUTOR = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "extreme-subscription-timer");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true); // a watchdog disarmed at every fall-back leaves nothing behind
            // Nothing scheduled, no thread: a closed client leaves no timer thread behind it.
            executor.setKeepAliveTime(1, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }

        static ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
            return EXECUTOR.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    // A scheduled task's failure is kept in its future, which nobody reads: say it here.
                    log.error("a subscription timer task failed", e);
                }
            }, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        }
    }
}
