package io.extreme.benchmarks.support.latency;

import java.util.concurrent.locks.LockSupport;

/**
 * Waits for an instant of {@link System#nanoTime()}: parks while it is far, then yields. Not a
 * busy spin, because on a machine of two cores a spinning sender would take a core from the
 * client it measures; the park's slack (tens of microseconds) only makes a send late, and a late
 * send shows in the latency, which is measured from the intended time, never hidden.
 */
final class Pacer {
    /** Closer than this, a park could overshoot: yield instead. */
    private static final long PARK_THRESHOLD_NANOS = 60_000;

    private Pacer() {
    }

    /** Returns at {@code deadline} or soon after. */
    static void waitUntil(long deadline) {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            if (remaining > PARK_THRESHOLD_NANOS) {
                LockSupport.parkNanos(remaining - PARK_THRESHOLD_NANOS / 2);
            } else {
                Thread.yield();
            }
        }
    }
}
