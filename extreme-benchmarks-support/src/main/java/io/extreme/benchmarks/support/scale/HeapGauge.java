package io.extreme.benchmarks.support.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap this JVM holds live: {@link MemoryMXBean} used heap right after a full collection,
 * asked for with {@link System#gc()} again until two readings agree within 1% (at most
 * {@value #MAX_COLLECTIONS} times), because one collection may leave garbage that finalization
 * or reference processing frees only in the next. Needs a collector that honours System.gc()
 * (the default G1 does, unless -XX:+ExplicitGCInvokesConcurrent or -XX:+DisableExplicitGC).
 */
public final class HeapGauge {
    private static final int MAX_COLLECTIONS = 5;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** Bytes of heap in use after full collections. */
    public long liveBytes() {
        long previous = collectAndRead();
        for (int i = 1; i < MAX_COLLECTIONS; i++) {
            long now = collectAndRead();
            if (Math.abs(now - previous) <= previous / 100) {
                return Math.min(now, previous);
            }
            previous = now;
        }
        return previous;
    }

    private long collectAndRead() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
