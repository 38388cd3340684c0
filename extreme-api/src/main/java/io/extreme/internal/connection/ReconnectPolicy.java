package io.extreme.internal.connection;

import io.extreme.ExtremeSettings;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next connection attempt, and when to give up. With a backoff (the
 * default), the ceiling of the pause starts at the reconnect delay and doubles with each failed
 * attempt in a row up to the maximum delay, and the pause itself is drawn between half the ceiling
 * and all of it ("equal jitter"): the clients of a restarted node spread apart instead of knocking
 * all at once, and no pause is ever shorter than half its ceiling nor longer than the maximum.
 * A fixed delay (no backoff) is exact.
 */
public final class ReconnectPolicy {
    /** Each use asks the calling thread's own generator: a policy may be used from several threads. */
    private static final RandomGenerator THREAD_LOCAL = () -> ThreadLocalRandom.current().nextLong();
    /** The longest pause between two tries of an operation a node was not ready for (unless the retry delay is longer). */
    private static final long MAX_LATER_PAUSE_MILLIS = 500;

    private final long minMillis;
    private final long maxMillis;
    private final int maxAttempts;
    private final RandomGenerator random;

    public ReconnectPolicy(ExtremeSettings settings) {
        this(settings, THREAD_LOCAL);
    }

    /** @param random draws the jitter; a seeded one makes the pauses repeatable in a test */
    public ReconnectPolicy(ExtremeSettings settings, RandomGenerator random) {
        this.minMillis = settings.reconnectDelay().toMillis();
        this.maxMillis = settings.maxReconnectDelay().toMillis();
        this.maxAttempts = settings.maxReconnectAttempts();
        this.random = random;
    }

    /** The pause before the attempt that follows {@code failedInARow} failed attempts. */
    public Duration delay(int failedInARow) {
        if (maxMillis <= minMillis) {
            return Duration.ofMillis(minMillis);
        }
        long ceiling = ceiling(failedInARow);
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + random.nextLong(half + 1));
    }

    /** The longest pause {@link #delay} may give after {@code failedInARow} failed attempts. */
    long ceiling(int failedInARow) {
        return maxMillis <= minMillis ? minMillis : doubled(Math.max(1, minMillis), maxMillis, failedInARow);
    }

    /** {@code first} doubled {@code times} times, but never above {@code most}: the pause rule of every retry here. */
    static long doubled(long first, long most, int times) {
        long pause = first;
        for (int i = 0; i < times && pause < most; i++) {
            pause *= 2;
        }
        return Math.min(pause, most);
    }

    /**
     * The pause before asking a node again that was not ready or too busy: the retry delay,
     * doubling with each attempt up to half a second (or the retry delay, if longer), so that the
     * retries of an operation outlast a cluster's election (1 to 2 s on real servers) instead of
     * spending themselves in its first moments.
     */
    static long laterPause(Duration retryDelay, int attempts) {
        long first = Math.max(1, retryDelay.toMillis());
        return doubled(first, Math.max(first, MAX_LATER_PAUSE_MILLIS), attempts - 1);
    }

    /** Whether {@code failedInARow} failed attempts are more than the settings allow. */
    boolean exhausted(int failedInARow) {
        return maxAttempts >= 0 && failedInARow > maxAttempts;
    }
}
