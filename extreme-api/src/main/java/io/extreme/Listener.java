package io.extreme;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a read model up to date with one stream: reads every event after the last processed
 * one, then stays subscribed and processes new events as they are written. The read model
 * owns the checkpoint: the {@link EventHandler} returns the number to continue after, the
 * application stores it with its changes and gives it back when it starts a new listener.
 *
 * <pre>{@code
 * Listener listener = Listener.builder(client, "$ce-order", event -> {
 *         long checkpoint = event.originalEventNumber();   // the link's number in $ce-order
 *         readModel.apply(event.event(), checkpoint);       // stores the checkpoint too
 *         return checkpoint;
 *     })
 *     .lastProcessedEventNumber(readModel.checkpoint())     // -1 when nothing was processed
 *     .onCaughtUp(() -> log.info("up to date"))
 *     .start();
 * long checkpoint = listener.pause();   // no event is processed until resume()
 * listener.resume();                    // continues after checkpoint
 * }</pre>
 *
 * <p><b>Threads.</b> The handler and the hooks run on the client's callback executor, never on
 * an I/O thread, one call at a time, in the stream's order. {@link #pause()} and
 * {@link #close()} wait for a handler call in progress to return; called from the handler
 * itself they do not wait (they cannot), and the value that call returns is still recorded.
 *
 * <p><b>Ending.</b> {@link #completion()} completes with the last processed event number when the
 * listener is closed, and fails when it stops on its own: with the handler's exception when the
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
public final class Listener implements AutoCloseable {
    /** Resubscriptions in a row that may end without progress before the listener gives up. */
    public static final int MAX_FRUITLESS_RESUBSCRIPTIONS = 3;

    private static final Logger log = LoggerFactory.getLogger(Listener.class);

    /** Where a listener is in its life. */
    public enum State {
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

    private final ExtremeClient client;
    private final String stream;
    private final EventHandler handler;
    private final CatchUpOptions options;
    private final Runnable onCaughtUp;
    private final Consumer<Throwable> onError;
    private final String logPrefix;
    private final CompletableFuture<Long> completion = new CompletableFuture<>();
    private volatile long lastProcessed;
    private volatile Thread callbackThread;
    private State state = State.NEW;
    private ListenerAttempt current;
    private CompletableFuture<Void> lastAttemptEnded = CompletableFuture.completedFuture(null);
    private int fruitlessResubscriptions;

    Listener(ListenerBuilder b) {
        this.client = b.client;
        this.stream = b.stream;
        this.handler = b.handler;
        this.options = b.options.withResolveLinkTos(b.resolveLinkTos);
        this.onCaughtUp = b.onCaughtUp;
        this.onError = b.onError;
        this.lastProcessed = b.lastProcessedEventNumber;
        this.logPrefix = "[" + client.settings().connectionName() + "|listener " + stream + "]";
    }

    /**
     * Starts building a listener.
     *
     * @param client  the client to read and subscribe with; the listener does not close it
     * @param stream  the stream to follow, for example a category stream {@code $ce-order}
     * @param handler processes one event and returns the new checkpoint
     */
    public static ListenerBuilder builder(ExtremeClient client, String stream, EventHandler handler) {
        return new ListenerBuilder(client, stream, handler);
    }

    /** Starts reading after the last processed event. Returns this listener; throws when already started. */
    public Listener start() {
        synchronized (this) {
            if (state != State.NEW) {
                throw new IllegalStateException(logPrefix + " already started (" + state + ")");
            }
        }
        resume();
        return this;
    }

    /**
     * Stops processing and returns the last processed event number, once a handler call in
     * progress has returned: no event is handed to the handler after this returns, until
     * {@link #resume()}. When already paused or stopped it only waits for a handler call that
     * may still be finishing. From the handler itself it returns at once, with the checkpoint from
     * before the current event (the value the handler then returns is still recorded).
     */
    public long pause() {
        ListenerAttempt attempt = null;
        CompletableFuture<Void> ended;
        synchronized (this) {
            if (state == State.NEW) {
                state = State.PAUSED;
            }
            if (state == State.RUNNING) {
                state = State.PAUSED;
                attempt = current;
                current = null;
            }
            // Also when already paused or stopped: a handler call may still be finishing.
            ended = lastAttemptEnded;
        }
        if (attempt != null) {
            log.debug("{} pausing after event {}", logPrefix, lastProcessed);
            attempt.cancel();
        }
        awaitEnd(ended);
        return lastProcessed;
    }

    /**
     * Continues after the last processed event: reads what was written meanwhile, then stays
     * subscribed. Does nothing when running; throws {@link IllegalStateException} once closed or failed.
     */
    public void resume() {
        ListenerAttempt next;
        CompletableFuture<Void> previous;
        synchronized (this) {
            if (state == State.RUNNING) {
                return;
            }
            if (state == State.CLOSED || state == State.FAILED) {
                throw new IllegalStateException(logPrefix + " cannot resume: " + state);
            }
            state = State.RUNNING;
            fruitlessResubscriptions = 0;
            next = newAttempt();
            previous = swapLastAttempt(next);
        }
        // After the previous attempt's last handler call, so that two never overlap and the
        // checkpoint read at the start is the final one.
        previous.whenComplete((ignored, error) -> next.begin());
    }

    /** The checkpoint: what the handler last returned, or the starting value. */
    public long lastProcessedEventNumber() {
        return lastProcessed;
    }

    /** The stream listened to. */
    public String streamId() {
        return stream;
    }

    /** Where the listener is in its life. */
    public synchronized State state() {
        return state;
    }

    /**
     * Completes with the last processed event number once the listener is closed, or fails
     * with the reason it stopped on its own. Completes on the callback executor or the closing thread.
     */
    public CompletableFuture<Long> completion() {
        return completion.copy();
    }

    /**
     * Stops for good, waiting for a handler call in progress as {@link #pause()} does, and
     * completes {@link #completion()}. Idempotent; does not close the client.
     */
    @Override
    public void close() {
        ListenerAttempt attempt;
        CompletableFuture<Void> ended;
        synchronized (this) {
            if (state == State.CLOSED || state == State.FAILED) {
                return;
            }
            state = State.CLOSED;
            attempt = current;
            current = null;
            ended = lastAttemptEnded;
        }
        if (attempt != null) {
            attempt.cancel();
        }
        ended.whenComplete((ignored, error) -> completion.complete(lastProcessed));
        awaitEnd(ended);
        log.debug("{} closed after event {}", logPrefix, lastProcessed);
    }

    @Override
    public String toString() {
        return "Listener[" + stream + ", " + state() + ", lastProcessed=" + lastProcessed + "]";
    }

    // ---- called by the attempts, on the callback executor ------------------------------------

    CatchUpSubscription subscribe(ListenerAttempt attempt) {
        long from = lastProcessed;
        log.debug("{} subscribing after event {}", logPrefix, from);
        warnIfMissing();
        return client.subscribeToStreamFrom(stream, from, options, attempt);
    }

    void process(ListenerAttempt attempt, ResolvedEvent event) throws Exception {
        if (!isCurrent(attempt)) {
            return; // paused or closed: the next attempt reads it again from the checkpoint
        }
        Thread outer = enterCallback();
        try {
            lastProcessed = handler.handle(event);
            attempt.progressed = true;
        } finally {
            callbackThread = outer;
        }
    }

    void caughtUp(ListenerAttempt attempt) {
        if (!isCurrent(attempt)) {
            return;
        }
        attempt.progressed = true;
        Thread outer = enterCallback();
        try {
            onCaughtUp.run();
        } catch (RuntimeException e) {
            synchronized (this) {
                if (attempt != current) {
                    return;
                }
                state = State.FAILED;
                current = null;
            }
            attempt.cancel();
            fail(e);
        } finally {
            callbackThread = outer;
        }
    }

    void dropped(ListenerAttempt attempt, DropReason reason, Throwable cause) {
        Thread outer = enterCallback(); // the error hook may call pause() or close()
        try {
            afterDrop(attempt, reason, cause);
        } finally {
            callbackThread = outer;
        }
    }

    private void afterDrop(ListenerAttempt attempt, DropReason reason, Throwable cause) {
        ListenerAttempt next;
        synchronized (this) {
            if (attempt != current || state != State.RUNNING) {
                return; // paused or closed on purpose
            }
            fruitlessResubscriptions = attempt.progressed ? 1 : fruitlessResubscriptions + 1;
            if (reason != DropReason.CONNECTION_CLOSED || client.isClosed()
                    || fruitlessResubscriptions > MAX_FRUITLESS_RESUBSCRIPTIONS) {
                state = State.FAILED;
                current = null;
                next = null;
            } else {
                next = newAttempt();
                swapLastAttempt(next);
            }
        }
        if (next == null) {
            fail(ListenerFailures.of(stream, reason, cause));
            return;
        }
        Duration delay = client.settings().reconnectDelay();
        log.warn("{} the subscription dropped ({}); subscribing again after event {} in {} ms", logPrefix,
                cause == null ? reason : cause.getMessage(), lastProcessed, delay.toMillis());
        attempt.ended.whenCompleteAsync((ignored, error) -> next.begin(),
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    // ---- inside -------------------------------------------------------------------------------

    /** Marks this thread as running a callback of ours, so pause() and close() do not wait for it. */
    private Thread enterCallback() {
        Thread outer = callbackThread;
        callbackThread = Thread.currentThread();
        return outer;
    }

    private synchronized boolean isCurrent(ListenerAttempt attempt) {
        return attempt == current && state == State.RUNNING;
    }

    private ListenerAttempt newAttempt() {
        current = new ListenerAttempt(this);
        return current;
    }

    private CompletableFuture<Void> swapLastAttempt(ListenerAttempt next) {
        CompletableFuture<Void> previous = lastAttemptEnded;
        lastAttemptEnded = next.ended;
        return previous;
    }

    private void fail(Throwable failure) {
        log.error("{} stopped after event {}: {}", logPrefix, lastProcessed, failure.toString());
        try {
            onError.accept(failure);
        } catch (RuntimeException e) {
            log.warn("{} the error hook threw", logPrefix, e);
        }
        completion.completeExceptionally(failure);
    }

    private void warnIfMissing() {
        client.readStreamBackward(stream, -1, 1, false).whenComplete((slice, error) -> {
            if (slice != null && slice.status() == ReadStatus.NO_STREAM) {
                log.warn("{} the stream does not exist or was soft-deleted; waiting for its events", logPrefix);
            }
        });
    }

    private void awaitEnd(CompletableFuture<Void> ended) {
        if (Thread.currentThread() == callbackThread) {
            return; // the handler or a hook itself: waiting for it would never end
        }
        try {
            ended.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Attempts only ever complete normally.
        }
    }
}
