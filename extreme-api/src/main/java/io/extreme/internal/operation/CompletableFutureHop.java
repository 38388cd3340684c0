package io.extreme.internal.operation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Completes user futures on the callback executor, so that code chained on them never runs on
 * the engine's thread or an I/O thread.
 */
public final class CompletableFutureHop {
    private CompletableFutureHop() {
    }

    public static <T> void complete(Executor executor, CompletableFuture<T> future, T value) {
        try {
            executor.execute(() -> future.complete(value));
        } catch (RejectedExecutionException e) {
            future.complete(value);
        }
    }

    public static void fail(Executor executor, CompletableFuture<?> future, Throwable error) {
        try {
            executor.execute(() -> future.completeExceptionally(error));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(error);
        }
    }
}
