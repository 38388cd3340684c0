package io.extreme.testkit.fault;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cuts a proxy's connections again and again, each time after a random delay in
 * {@code [min, max]}, until stopped. The delays come from the test's {@link Random}, so a seed
 * replays the same rhythm (the connections it meets still depend on timing).
 *
 * <p>Threads: runs on its own thread; {@link #stop()} from any thread.
 */
final class ChaosLoop implements Runnable {
    private final long minNanos;
    private final long maxNanos;
    private final Random random;
    private final Runnable cutAll;
    private boolean stopped;

    ChaosLoop(Duration min, Duration max, Random random, Runnable cutAll) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
        this.cutAll = cutAll;
    }

    @Override
    public void run() {
        while (awaitNextCut()) {
            cutAll.run();
        }
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Waits a random delay; false when stopped first. */
    private synchronized boolean awaitNextCut() {
        long delay = minNanos == maxNanos ? minNanos : random.nextLong(minNanos, maxNanos + 1);
        long deadline = System.nanoTime() + delay;
        try {
            for (long left = delay; !stopped && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopped;
    }
}
