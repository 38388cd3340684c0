package io.extreme.internal.operation;

import io.extreme.error.ExtremeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

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
 *
 * <p>A user never holds the engine's own future: {@link #dependent} gives a copy, so that a user
 * completing or obtruding it changes nothing the engine sees. Cancelling the copy, or any stage
 * composed from it while the copy is not done, runs the copy's cancel action once: the call is
 * withdrawn (see {@code ConnectionEngine.cancel}). A stage passes its cancel back to the copy it
 * comes from, so that an append (a {@code thenApply} of the conditional append) or a typed read
 * cancels its operation too; once the copy is done, cancelling a stage cancels that stage alone,
 * so that a stage still waiting for something else (a {@code thenCompose}) does not end a
 * subscription the server has confirmed.
 */
public final class ClientFuture<T> extends CompletableFuture<T> {
    /**
     * The call this future (a copy from {@link #dependent}, or a stage composed from one) withdraws
     * when cancelled; null for none. Shared by the copy and its stages, and let go of once the copy
     * is done, so that a stage kept alive keeps neither the operation nor the copy's value.
     */
    private final Withdrawal withdrawal;

    public ClientFuture() {
        this(null);
    }

    private ClientFuture(Withdrawal withdrawal) {
        this.withdrawal = withdrawal;
    }

    /**
     * A copy of {@code source} for a user: it completes as {@code source} does, on the thread that
     * completes {@code source} (the callback executor, for the engine's futures); {@code onCancel}
     * runs when it, or a stage composed from it, is cancelled first. Any thread.
     */
    public static <T> ClientFuture<T> dependent(CompletableFuture<T> source, Runnable onCancel) {
        Withdrawal withdrawal = onCancel == null ? null : new Withdrawal(onCancel);
        ClientFuture<T> copy = new ClientFuture<>(withdrawal);
        if (withdrawal != null) {
            withdrawal.copy = copy;
        }
        source.whenComplete((value, error) -> {
            if (withdrawal != null) {
                withdrawal.done(); // before the copy completes: a cancel of a stage from now on cancels that stage alone
            }
            if (error == null) {
                copy.complete(value);
            } else {
                copy.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        });
        return copy;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new ClientFuture<>(withdrawal);
    }

    /**
     * Cancels this future and, when it was not done yet, the call it waits for (see {@link #dependent}):
     * for a stage, only while the copy it comes from is not done either.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean wasDone = isDone();
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && !wasDone && withdrawal != null) {
            withdrawal.run();
        }
        return cancelled;
    }

    /**
     * A copy's cancel action: runs at most once, and never once the copy is done; a stage's cancel
     * that runs it cancels the copy too. Both are let go of when the copy is done. Any thread.
     */
    private static final class Withdrawal {
        private final AtomicReference<Runnable> action;
        private volatile ClientFuture<?> copy;

        Withdrawal(Runnable action) {
            this.action = new AtomicReference<>(action);
        }

        void run() {
            Runnable pending = action.getAndSet(null);
            if (pending != null) {
                pending.run(); // two racing cancels: only one gets here
                ClientFuture<?> of = copy;
                if (of != null) {
                    of.cancel(false); // from a stage; from the copy itself, it is done already and this does nothing
                }
            }
        }

        void done() {
            action.set(null);
            copy = null;
        }
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
