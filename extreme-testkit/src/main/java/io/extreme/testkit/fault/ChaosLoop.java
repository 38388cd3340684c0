package io.extreme.testkit.fault;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cuts a proxy's connections again and again, each time after a random delay in
 * {@code [min, max]}, until stopped. The delays come from the test's {@link Random}, so a seed
 * replays the same rhythm (the connections it meets still depend on timing).
 *
 * <p>Threads: runs on a daemon thread of its own, made by {@link #start}, whose only job is to
 * wait out each delay and cut; {@link #stop} from any thread.
 */
final class ChaosLoop implements Runnable {
    private final long minNanos;
    private final long maxNanos;
    private final Random random;
    private final Runnable cutAll;
    private final Thread thread;
    private boolean stopped;

    private ChaosLoop(Duration min, Duration max, Random random, Runnable cutAll, String threadName) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
        this.cutAll = cutAll;
        this.thread = ProxyThreads.daemon(this, threadName);
    }

    /** Starts a loop calling {@code cutAll} on a thread named {@code threadName}. */
    static ChaosLoop start(Duration min, Duration max, Random random, Runnable cutAll, String threadName) {
        ChaosLoop loop = new ChaosLoop(min, max, random, cutAll, threadName);
        loop.thread.start();
        return loop;
    }

    @Override
    public void run() {
        while (awaitNextCut()) {
            cutAll.run();
        }
    }

    /** Stops the loop and waits up to {@code deadline} for its thread to end. */
    void stop(Duration deadline) {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        ProxyThreads.join(List.of(thread), deadline);
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
