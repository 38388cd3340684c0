package io.extreme.internal.listener;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;

/**
 * How a pause or a close waits for a handler call in progress: at most a bound, and when it
 * gives up it says so, naming the listener and what it waited for. Giving up changes nothing
 * else: the call that is still running finishes when it finishes, its result is still recorded,
 * and what waits for the attempt's end (the listener's completion) still hears it then. A
 * thread stuck in user code is the user's to see, not a reason to hang the caller for ever.
 */
final class HandlerWait {
    private HandlerWait() {
    }

    /**
     * Waits until {@code ended} completes, at most {@code bound}; never from the callback itself
     * (the caller checks). An interrupt ends the wait early, with the flag set again.
     *
     * @param log    the listener's logger, for the WARN line when the wait gives up
     * @param prefix the listener's log prefix, naming it
     * @param what   what was waited for, for that line
     * @return whether {@code ended} completed within the bound
     */
    static boolean await(CompletableFuture<Void> ended, Duration bound, Logger log, String prefix, String what) {
        long nanos;
        try {
            nanos = Math.max(0, bound.toNanos());
        } catch (ArithmeticException longerThanAnyone) {
            nanos = Long.MAX_VALUE;
        }
        try {
            ended.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("{} interrupted while waiting for {}; returning without it", prefix, what);
            return false;
        } catch (TimeoutException e) {
            log.warn("{} gave up after {} ms waiting for {}; it ends when that call returns", prefix,
                    bound.toMillis(), what);
            return false;
        } catch (ExecutionException e) {
            return true; // attempts only ever complete normally; an end is an end
        }
    }
}
