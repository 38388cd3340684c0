package io.extreme.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Completes user futures on the callback executor, so that code chained on them never runs on
 * the engine's thread or an I/O thread.
 */
final class CompletableFutureHop {
    private CompletableFutureHop() {
    }

    static <T> void complete(Executor executor, CompletableFuture<T> future, T value) {
        try {
            executor.execute(() -> future.complete(value));
        } catch (RejectedExecutionException e) {
            future.complete(value);
        }
    }

    static void fail(Executor executor, CompletableFuture<?> future, Throwable error) {
        try {
            executor.execute(() -> future.completeExceptionally(error));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(error);
        }
    }
}
