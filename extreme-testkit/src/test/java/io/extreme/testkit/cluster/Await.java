package io.extreme.testkit.cluster;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; the failure says what was awaited and what was seen last. */
final class Await {
    static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Waits until {@code condition} is true, failing after {@link #DEADLINE}. */
    static void until(String what, Callable<Boolean> condition) throws Exception {
        until(what, condition, () -> "");
    }

    static void until(String what, Callable<Boolean> condition, Supplier<Object> seen) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + DEADLINE + ": " + what + "; last seen: " + seen.get());
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS); // the poll interval of a wait with a deadline, as the contract suite's Await
        }
    }
}
