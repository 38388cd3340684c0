package io.extreme.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The live heap of this JVM over a load test: every {@code period} it collects garbage and reads
 * the heap in use, so that what it records is what is still referenced (queued events, buffers),
 * not garbage waiting for a collection. Its own thread, a daemon, ends at {@link #close()}.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long baseline;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(long periodMillis) {
        baseline = liveHeap();
        peak.set(baseline);
        thread = new Thread(() -> {
            while (running) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(periodMillis));
                peak.accumulateAndGet(liveHeap(), Math::max);
                samples.incrementAndGet();
            }
        }, "load-test-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The heap in use after a full collection. */
    static long liveHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The highest live heap seen above the one at the start, in bytes (0 when it never grew). */
    long peakGrowth() {
        return Math.max(0, peak.get() - baseline);
    }

    long samples() {
        return samples.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
