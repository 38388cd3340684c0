package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.spi.message.Message;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One request of a user and the future that waits for its answer. The engine sends
 * {@link #request()}, gives every reply under its correlation id to {@link #inspect}, and
 * completes the future from the outcome. Replies every operation shares (BadRequest,
 * NotAuthenticated, NotHandled) are handled by the engine before they get here.
 *
 * <p>{@link #future} is the engine's: users get a {@link ClientFuture#dependent copy} of it, so
 * that nothing they do to theirs reaches here but a cancel, which withdraws the operation.
 */
public abstract class Operation<T> {
    public final CompletableFuture<T> future = new ClientFuture<>();
    public final UserCredentials credentials;
    public int attempts;
    public long queuedAtNanos;
    /** This call's own timeout and deadline; {@link CallLimits#NONE} for the settings'. */
    public CallLimits limits = CallLimits.NONE;
    /** Whether this operation still counts against the queue limit (admitted, never sent yet). */
    public boolean queued;
    /**
     * Made by the client for itself (a catch-up's reads and live subscription, a Listener's
     * attempts), not by a user's call: admitted past a full queue; see {@code QueueLimit}. Set before it is submitted.
     */
    public boolean reserved;
    /** The correlation id it was last sent under; engine thread only. */
    public UUID correlationId;
    /**
     * Withdrawn by the user (a cancelled future) or, for a subscription, closed before the server
     * confirmed it: never sent again, and a late answer to it is a stray. Engine thread only.
     */
    public boolean cancelled;

    public Operation(UserCredentials credentials) {
        this.credentials = credentials;
    }

    /** The message to send; the same on every attempt. */
    public abstract Message request();

    /** The answer, or what is wrong with it. Called on the engine thread. */
    public abstract Outcome<T> inspect(Message reply);

    /** What this operation does, for error messages: {@code "append to stream 'orders'"}. */
    public abstract String describe();

    /** Completes the user's future with {@code value}, on {@code callbacks}. */
    @SuppressWarnings("unchecked")
    public void complete(Executor callbacks, Object value) {
        CompletableFutureHop.complete(callbacks, future, (T) value);
    }

    /** Fails the user's future with {@code error}, on {@code callbacks}. */
    public void fail(Executor callbacks, Throwable error) {
        CompletableFutureHop.fail(callbacks, future, error);
    }
}
