package io.extreme.subscription;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.ExtremeException;
import io.extreme.error.StreamDeletedException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps a read model up to date with one stream: reads every event after the last processed
 * one, then stays subscribed and processes new events as they are written. The read model
 * owns the checkpoint: the {@link EventHandler} returns the number to continue after, the
 * application stores it with its changes and gives it back when it starts a new listener.
 *
 * <pre>{@code
 * Listener listener = client.listener("$ce-order", event -> {
 *         long checkpoint = event.originalEventNumber();   // the link's number in $ce-order
 *         readModel.apply(event.event(), checkpoint);       // stores the checkpoint too
 *         return checkpoint;
 *     })
 *     .startAfter(readModel.checkpoint())                   // left out when nothing was processed yet
 *     .onCaughtUp(() -> log.info("up to date"))
 *     .start().get(5, TimeUnit.SECONDS);                    // in place: its first read was answered
 * OptionalLong checkpoint = listener.pause();   // no event is processed until resume()
 * listener.resume();                            // continues after checkpoint
 * }</pre>
 *
 * <p><b>Threads.</b> The handler and the hooks run on the client's callback executor, never on
 * an I/O thread, one call at a time, in the stream's order. {@link #pause()} and
 * {@link #close()} wait for a handler call in progress to return, at most
 * {@link #HANDLER_WAIT} ({@link #pause(Duration)} and {@link #close(Duration)} take the bound);
 * when the handler takes longer they log a warning naming the listener and return without it:
 * the call goes on, the value it returns is still recorded, and {@link #completion()} waits
 * for it. Called from the handler itself they do not wait (they cannot), and the value that
 * call returns is still recorded. The listener takes no lock on itself: a caller holding its
 * monitor ({@code synchronized (listener)}) holds up neither the listener nor the client.
 *
 * <p><b>Ending.</b> {@link #completion()} completes with the last processed event number (empty
 * when nothing was processed, nor given to start after) when the listener is closed, and fails when it stops on its own: with the handler's exception when the
 * handler throws, with {@link StreamDeletedException} when the stream is hard-deleted, with
 * {@link AccessDeniedException} or another {@link ExtremeException} otherwise. The
 * {@linkplain ListenerBuilder#onError error hook} hears the same exception first. A stream that does
 * not exist yet, or was soft-deleted, is not an error: the listener logs a warning and waits
 * for its events. When the connection is lost the listener subscribes again from its
 * checkpoint, after the client's reconnect delay; it gives up, failing with the
 * {@link ConnectionClosedException}, after {@value #MAX_FRUITLESS_RESUBSCRIPTIONS} attempts in
 * a row that neither processed an event nor caught up (a closed client, for example).
 *
 * <p>Thread-safe.
 */
public interface Listener extends AutoCloseable {
    /** Resubscriptions in a row that may end without progress before the listener gives up. */
    int MAX_FRUITLESS_RESUBSCRIPTIONS = 3;

    /**
     * How long {@link #pause()} and {@link #close()} wait at most for a handler call in
     * progress: 10 seconds, long against any handler that makes progress, short against a
     * caller (a shutdown hook, a request thread) that must not hang on a handler that does not.
     */
    Duration HANDLER_WAIT = Duration.ofSeconds(10);

    /** Where a listener is in its life. */
    enum State {
        /** Built, not started. */
        NEW,
        /** Processing events, or waiting for them. */
        RUNNING,
        /** Paused: subscribed to nothing, until {@link #resume()}. */
        PAUSED,
        /** Closed by {@link #close()}. */
        CLOSED,
        /** Stopped on its own; {@link #completion()} says why. */
        FAILED
    }

    /**
     * Starts reading after the last processed event. The future completes with this listener once
     * it is in place, as a catch-up subscription is: its first read was answered (a stream that
     * does not exist yet counts: it is waited for). It fails as {@link #completion()} does when the
     * listener stops before that (access denied, a hard-deleted stream, a closed client), with
     * {@link java.util.concurrent.CancellationException} when it is closed before that, and stays
     * pending while it is paused before that. Completes on the callback executor (a close fails it on the closing thread). Throws
     * {@link IllegalStateException} when already started (or paused, or closed) before.
     */
    CompletableFuture<Listener> start();

    /**
     * Stops processing and returns the last processed event number (empty when nothing was
     * processed yet), once a handler call in
     * progress has returned: no event is handed to the handler after this returns, until
     * {@link #resume()}. When already paused or stopped it only waits for a handler call that
     * may still be finishing. From the handler itself it returns at once, with the checkpoint from
     * before the current event (the value the handler then returns is still recorded). Waits
     * at most {@link #HANDLER_WAIT}, as {@link #pause(Duration)} does; after giving up it returns
     * the checkpoint as it is then.
     */
    OptionalLong pause();

    /**
     * Stops processing as {@link #pause()} does, waiting at most {@code wait} for a handler call
     * in progress; the checkpoint is then {@link #lastProcessedEventNumber()}.
     *
     * @return true when no handler call is in progress any more (none was, it returned within
     *         {@code wait}, or this is called from the handler itself); false when it gave up
     *         waiting: a warning names the listener, the call goes on, the value it returns is
     *         still recorded, and no other event is handed to the handler until {@link #resume()}
     */
    boolean pause(Duration wait);

    /**
     * Continues after the last processed event: reads what was written meanwhile, then stays
     * subscribed. Does nothing when running; throws {@link IllegalStateException} once closed or failed.
     */
    void resume();

    /**
     * The checkpoint: what the handler last returned, or the value given to
     * {@link ListenerBuilder#startAfter}; empty when there is neither.
     */
    OptionalLong lastProcessedEventNumber();

    /** The stream listened to. */
    String streamId();

    /** Where the listener is in its life. */
    State state();

    /**
     * Completes with the last processed event number (empty when nothing was processed) once the
     * listener is closed, or fails with the reason it stopped on its own. Completes on the callback
     * executor or the closing thread.
     */
    CompletableFuture<OptionalLong> completion();

    /**
     * Stops for good, waiting for a handler call in progress as {@link #pause()} does (at most
     * {@link #HANDLER_WAIT}), and completes {@link #completion()} once that call returned.
     * Idempotent; does not close the client.
     */
    @Override
    void close();

    /**
     * Stops for good as {@link #close()} does, waiting at most {@code wait} for a handler call
     * in progress. {@link #completion()} completes once that call returned, whether this waited
     * for it or not. A second close does not wait.
     *
     * @return true when no handler call is in progress any more; false when it gave up waiting
     *         (a warning names the listener)
     */
    boolean close(Duration wait);
}
