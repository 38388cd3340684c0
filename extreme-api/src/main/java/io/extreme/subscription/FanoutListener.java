package io.extreme.subscription;

import io.extreme.error.AccessDeniedException;
import io.extreme.event.ResolvedEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Forwards the events written to a stream from now on (to web sockets, say), like a fanout
 * exchange: no checkpoint and no catching up, only live events, each handed once to the
 * {@link Forwarder}. Built on a volatile subscription ({@code ExtremeClient.subscribeToStream}).
 *
 * <pre>{@code
 * FanoutListener fanout = client.fanoutListener("$ce-order", event -> sockets.broadcast(event))
 *     .start().get(5, TimeUnit.SECONDS);   // events written after this are forwarded
 * }</pre>
 *
 * <p><b>Threads.</b> The forwarder runs on the client's callback executor, never on an I/O
 * thread, one event at a time, in order. {@link #close()} waits for a call in progress, except
 * from the forwarder itself, at most {@link #FORWARDER_WAIT} ({@link #close(Duration)} takes the
 * bound); when the forwarder takes longer it logs a warning naming the listener and returns
 * without it, and {@link #completion()} completes when that call returns. The listener takes
 * no lock on itself: a caller holding its monitor holds up neither the listener nor the client.
 *
 * <p><b>Ending.</b> {@link #completion()} completes when closed and fails with the reason when
 * the listener stops on its own: the forwarder's exception, or the subscription's refusal or drop
 * ({@link AccessDeniedException}, …). When the connection is lost it subscribes again after the
 * client's reconnect delay; the events written in between are not forwarded (they are not live
 * any more). It gives up after {@value Listener#MAX_FRUITLESS_RESUBSCRIPTIONS} such subscriptions
 * in a row that were never confirmed (a closed client, for example).
 *
 * <p>Thread-safe.
 */
public interface FanoutListener extends AutoCloseable {
    /** How long {@link #close()} waits at most for a forwarder call in progress: 10 seconds, as {@link Listener#HANDLER_WAIT}. */
    Duration FORWARDER_WAIT = Listener.HANDLER_WAIT;

    /** Forwards one live event; throwing stops the listener. May block (no other event is forwarded meanwhile). */
    @FunctionalInterface
    interface Forwarder {
        /** Forwards {@code event}; with links resolved, {@link ResolvedEvent#event()} is the target. */
        void forward(ResolvedEvent event) throws Exception;
    }

    /**
     * Subscribes. The future completes with this listener once the server confirmed: every event
     * written after that is forwarded. It fails as {@link #completion()} does when the
     * subscription is refused. Throws {@link IllegalStateException} when already started.
     */
    CompletableFuture<FanoutListener> start();

    /** The stream whose events are forwarded. */
    String streamId();

    /** Whether the listener is started and neither closed nor stopped. */
    boolean isActive();

    /** Completes when closed; fails with the reason when the listener stopped on its own. */
    CompletableFuture<Void> completion();

    /**
     * Unsubscribes, waiting for a forwarder call in progress (at most {@link #FORWARDER_WAIT});
     * completes {@link #completion()} once that call returned. Idempotent.
     */
    @Override
    void close();

    /**
     * Unsubscribes as {@link #close()} does, waiting at most {@code wait} for a forwarder call in
     * progress. A second close does not wait.
     *
     * @return true when no forwarder call is in progress any more (none was, it returned within
     *         {@code wait}, or this is called from the forwarder itself); false when it gave up
     *         waiting: a warning names the listener, and {@link #completion()} completes when the call returns
     */
    boolean close(Duration wait);
}
