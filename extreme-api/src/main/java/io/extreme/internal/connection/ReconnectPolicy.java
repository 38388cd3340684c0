package io.extreme.internal.connection;

import io.extreme.ExtremeSettings;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next connection attempt, and when to give up. The pause starts at
 * the reconnect delay and doubles with each failed attempt in a row up to the maximum delay;
 * with a backoff, a jitter of up to a fifth spreads the clients of a restarted node apart.
 */
public final class ReconnectPolicy {
    private final long minMillis;
    private final long maxMillis;
    private final int maxAttempts;

    public ReconnectPolicy(ExtremeSettings settings) {
        this.minMillis = settings.reconnectDelay().toMillis();
        this.maxMillis = settings.maxReconnectDelay().toMillis();
        this.maxAttempts = settings.maxReconnectAttempts();
    }

    /** The pause before the attempt that follows {@code failedInARow} failed attempts. */
    public Duration delay(int failedInARow) {
        if (maxMillis <= minMillis) {
            return Duration.ofMillis(minMillis);
        }
        long pause = doubled(Math.max(1, minMillis), maxMillis, failedInARow);
        long jitter = pause / 5;
        return Duration.ofMillis(pause - (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter + 1)));
    }

    /** {@code first} doubled {@code times} times, but never above {@code most}: the pause rule of every retry here. */
    static long doubled(long first, long most, int times) {
        long pause = first;
        for (int i = 0; i < times && pause < most; i++) {
            pause *= 2;
        }
        return Math.min(pause, most);
    }

    /** Whether {@code failedInARow} failed attempts are more than the settings allow. */
    boolean exhausted(int failedInARow) {
        return maxAttempts >= 0 && failedInARow > maxAttempts;
    }
}
