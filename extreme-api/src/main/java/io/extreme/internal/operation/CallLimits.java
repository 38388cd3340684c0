package io.extreme.internal.operation;

import io.extreme.CallOptions;
import java.time.Duration;

/**
 * The time limits one call set for itself ({@link CallOptions#timeout()}, {@link CallOptions#deadline()}),
 * fixed when the call is made: the deadline becomes an instant on {@link System#nanoTime()}'s clock
 * then, so that waiting for a connection, retries and reconnects all count against it.
 * {@link #NONE} (most calls) keeps the settings' operation timeout and no deadline, which lets the
 * operation table keep its in-order fast path.
 */
public final class CallLimits {
    /** The settings' timeout, no deadline. */
    public static final CallLimits NONE = new CallLimits(0, 0, false);

    /** 0: the settings' operation timeout. */
    private final long timeoutNanos;
    private final long deadlineNanos;
    private final boolean hasDeadline;

    private CallLimits(long timeoutNanos, long deadlineNanos, boolean hasDeadline) {
        this.timeoutNanos = timeoutNanos;
        this.deadlineNanos = deadlineNanos;
        this.hasDeadline = hasDeadline;
    }

    /** The limits of a call made now with {@code call}. */
    public static CallLimits of(CallOptions call) {
        if (call.timeout().isEmpty() && call.deadline().isEmpty()) {
            return NONE;
        }
        long timeout = call.timeout().map(CallLimits::nanos).orElse(0L);
        return call.deadline()
                .map(d -> new CallLimits(timeout, System.nanoTime() + nanos(d), true))
                .orElseGet(() -> new CallLimits(timeout, 0, false));
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 4; // centuries: as good as none, without overflowing the clock
        }
    }

    /** Whether these are the defaults. */
    public boolean isNone() {
        return this == NONE;
    }

    /** Each attempt's timeout: this call's, or {@code settingsNanos}. */
    public long timeoutNanos(long settingsNanos) {
        return timeoutNanos > 0 ? timeoutNanos : settingsNanos;
    }

    /** When an attempt sent at {@code now} is overdue: its timeout, or the deadline if that comes first. */
    public long dueNanos(long now, long settingsNanos) {
        long due = now + timeoutNanos(settingsNanos);
        return hasDeadline && deadlineNanos - due < 0 ? deadlineNanos : due;
    }

    /** Whether the call's deadline has passed at {@code now}. */
    public boolean pastDeadline(long now) {
        return hasDeadline && now - deadlineNanos >= 0;
    }

    /** Whether a timeout ran out at {@code now} because of the deadline rather than the attempt's timeout. */
    public boolean hasDeadline() {
        return hasDeadline;
    }
}
