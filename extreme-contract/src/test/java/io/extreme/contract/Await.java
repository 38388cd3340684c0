package io.extreme.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waiting in tests: for a future with a deadline, or for a condition with a deadline. Never a bare sleep. */
public final class Await {
    static final long SECONDS = 15;

    private Await() {
    }

    /** The future's value; its failure is rethrown as it is, so tests can assert on the exception type. */
    public static <T> T result(CompletableFuture<T> future) {
        try {
            return future.get(SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no result within " + SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls {@code condition} until it holds; fails after the deadline with {@code what}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, SECONDS, condition);
    }

    /** Polls {@code condition} until it holds; fails after {@code seconds} with {@code what}. */
    public static void until(String what, long seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.onSpinWait();
            try {
                TimeUnit.MILLISECONDS.sleep(10); // polling interval of a condition wait, not a bare sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The next {@code count} elements of {@code queue}, within the deadline. */
    public static <T> List<T> take(BlockingQueue<T> queue, int count) {
        List<T> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (out.size() < count) {
            try {
                T next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("got " + out.size() + " of " + count + " before the deadline");
                }
                out.add(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return out;
    }
}
