package io.extreme.internal;

import io.extreme.ExtremeSettings;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next connection attempt, and when to give up. The pause starts at
 * the reconnect delay and doubles with each failed attempt in a row up to the maximum delay;
 * with a backoff, a jitter of up to a fifth spreads the clients of a restarted node apart.
 */
final class ReconnectPolicy {
    private final long minMillis;
    private final long maxMillis;
    private final int maxAttempts;

    ReconnectPolicy(ExtremeSettings settings) {
        this.minMillis = settings.reconnectDelay().toMillis();
        this.maxMillis = settings.maxReconnectDelay().toMillis();
        this.maxAttempts = settings.maxReconnectAttempts();
    }

    /** The pause before the attempt that follows {@code failedInARow} failed attempts. */
    Duration delay(int failedInARow) {
        if (maxMillis <= minMillis) {
            return Duration.ofMillis(minMillis);
        }
        long pause = Math.max(1, minMillis);
        for (int i = 0; i < failedInARow && pause < maxMillis; i++) {
            pause *= 2;
        }
        pause = Math.min(pause, maxMillis);
        long jitter = pause / 5;
        return Duration.ofMillis(pause - (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter + 1)));
    }

    /** Whether {@code failedInARow} failed attempts are more than the settings allow. */
    boolean exhausted(int failedInARow) {
        return maxAttempts >= 0 && failedInARow > maxAttempts;
    }
}
