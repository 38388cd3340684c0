package io.extreme.internal.operation;

import io.extreme.error.ExtremeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future a user gets from a client call. The engine's thread fails it, so the exception it
 * holds has the engine's stack trace, which says nothing about where the user called from; when
 * the user waits ({@code join()}, {@code get()}, {@code getNow()}), the exception thrown is
 * wrapped as {@link CompletableFuture} wraps it, around a {@linkplain ExtremeException#copy()
 * copy} made on the waiting thread: same class (a catch still matches), the engine's exception as
 * its cause, the waiter's stack trace. Anything that is not an {@link ExtremeException}, or one
 * whose class cannot copy itself, is thrown as it is.
 *
 * <p>It lives next to {@link Operation} rather than in the client package, since every operation
 * makes one and the client package already imports this one. Futures composed from it
 * ({@code thenApply} and the rest) are of this class too, so the typed API's futures copy alike.
 */
public final class ClientFuture<T> extends CompletableFuture<T> {

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new ClientFuture<>();
    }

    @Override
    public T join() {
        try {
            return super.join();
        } catch (CompletionException e) {
            throw asCaller(e);
        }
    }

    @Override
    public T getNow(T valueIfAbsent) {
        try {
            return super.getNow(valueIfAbsent);
        } catch (CompletionException e) {
            throw asCaller(e);
        }
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        try {
            return super.get();
        } catch (ExecutionException e) {
            throw asCaller(e);
        }
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return super.get(timeout, unit);
        } catch (ExecutionException e) {
            throw asCaller(e);
        }
    }

    private static CompletionException asCaller(CompletionException thrown) {
        ExtremeException copy = copyOf(thrown.getCause());
        return copy == null ? thrown : new CompletionException(copy);
    }

    private static ExecutionException asCaller(ExecutionException thrown) {
        ExtremeException copy = copyOf(thrown.getCause());
        return copy == null ? thrown : new ExecutionException(copy);
    }

    /** The copy, or null to rethrow as it is: a foreign subclass that does not override copy() would change class. */
    private static ExtremeException copyOf(Throwable cause) {
        if (!(cause instanceof ExtremeException original)) {
            return null;
        }
        ExtremeException copy = original.copy();
        return copy != null && copy.getClass() == original.getClass() ? copy : null;
    }
}
