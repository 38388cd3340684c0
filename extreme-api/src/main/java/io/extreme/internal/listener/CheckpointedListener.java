package io.extreme.internal.listener;

import io.extreme.ExtremeClient;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.operation.ClientFuture;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of a {@link Listener}: one catch-up subscription at a time ({@link ListenerAttempt}),
 * renewed after a lost connection from the checkpoint the handler last returned, and paused,
 * resumed and closed without two handler calls ever overlapping. The contract is the
 * interface's; this class keeps the state machine and the waiting.
 *
 * <p><b>Threads.</b> The state (the state, the current attempt, the end of the last one) is the
 * {@link ListenerLife}'s, under its private lock, held only to read or change those fields: never
 * while calling the handler, a hook, a catch-up or a future, and never on this object, which
 * users hold. The checkpoint and the callback thread are volatile. The
 * handler and the hooks run on the callback executor, through the attempt's catch-up; pause
 * and close run on the caller's thread and wait, at most a bound ({@link HandlerWait}), for
 * a handler call in progress.
 */
public final class CheckpointedListener implements Listener {
    private static final Logger log = LoggerFactory.getLogger(Listener.class); // named after the type users configure

    private final ExtremeClient client;
    private final CatchUpStarter catchUps;
    private final String stream;
    private final EventHandler handler;
    private final CatchUpOptions options;
    private final Runnable onCaughtUp;
    private final Consumer<Throwable> onError;
    private final String logPrefix;
    private final ListenerLife life = new ListenerLife();
    private final CompletableFuture<OptionalLong> completion = new ClientFuture<>();
    /** Completes once an attempt's first read was answered; fails when the listener stops or closes before. */
    private final CompletableFuture<Listener> inPlace = new ClientFuture<>();
    /** What the handler last returned, or the starting value; -1 while there is neither. */
    private volatile long lastProcessed;
    private volatile Thread callbackThread;

    CheckpointedListener(ListenerSetup b) {
        this.client = b.client;
        this.catchUps = b.catchUps;
        this.stream = b.stream;
        this.handler = b.handler;
        this.options = b.options.withResolveLinkTos(b.resolveLinkTos);
        this.onCaughtUp = b.onCaughtUp;
        this.onError = b.onError;
        this.lastProcessed = b.lastProcessedEventNumber;
        this.logPrefix = "[" + client.settings().connectionName() + "|listener " + stream + "]";
    }

    @Override
    public CompletableFuture<Listener> start() {
        State state = life.state();
        if (state != State.NEW) {
            throw new IllegalStateException(logPrefix + " already started (" + state + ")");
        }
        resume();
        return inPlace.copy();
    }

    @Override
    public OptionalLong pause() {
        pause(HANDLER_WAIT);
        return checkpoint();
    }

    @Override
    public boolean pause(Duration wait) {
        ListenerLife.Stop stop = life.pause();
        if (stop.attempt() != null) {
            log.debug("{} pausing after event {}", logPrefix, lastProcessed);
            stop.attempt().cancel();
        }
        return awaitEnd(stop.ended(), wait, "a handler call in progress to return before pausing");
    }

    @Override
    public void resume() {
        ListenerLife.Next next = life.resume(() -> new ListenerAttempt(this), logPrefix);
        if (next != null) {
            // After the previous attempt's last handler call, so that two never overlap and the
            // checkpoint read at the start is the final one.
            next.previous().whenComplete((ignored, error) -> next.attempt().begin());
        }
    }

    @Override
    public OptionalLong lastProcessedEventNumber() {
        return checkpoint();
    }

    @Override
    public String streamId() {
        return stream;
    }

    @Override
    public State state() {
        return life.state();
    }

    @Override
    public CompletableFuture<OptionalLong> completion() {
        return completion.copy();
    }

    @Override
    public void close() {
        close(HANDLER_WAIT);
    }

    @Override
    public boolean close(Duration wait) {
        ListenerLife.Stop stop = life.close();
        if (stop == null) {
            return life.lastAttemptOver(); // idempotent: only the first close waits
        }
        if (stop.attempt() != null) {
            stop.attempt().cancel();
        }
        inPlace.completeExceptionally(new CancellationException(logPrefix + " closed before it was in place"));
        stop.ended().whenComplete((ignored, error) -> completion.complete(checkpoint()));
        boolean over = awaitEnd(stop.ended(), wait, "a handler call in progress to return before closing");
        log.debug("{} closed after event {}", logPrefix, lastProcessed);
        return over;
    }

    @Override
    public String toString() {
        return "Listener[" + stream + ", " + state() + ", lastProcessed=" + lastProcessed + "]";
    }

    // ---- called by the attempts, on the callback executor ------------------------------------

    CatchUpSubscription subscribe(ListenerAttempt attempt) {
        long from = lastProcessed;
        log.debug("{} subscribing after event {}", logPrefix, from);
        ListenerAttempt.warnIfMissing(client, stream, logPrefix);
        return catchUps.start(stream, from, options, attempt);
    }

    /** The attempt's first read was answered: the listener is in place, unless paused or closed meanwhile. */
    void answered(ListenerAttempt attempt) {
        if (isCurrent(attempt)) {
            inPlace.complete(this);
        }
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
            if (life.failIfCurrent(attempt)) {
                attempt.cancel();
                fail(e);
            }
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
        boolean renewable = reason == DropReason.CONNECTION_CLOSED && !client.isClosed();
        ListenerLife.AfterDrop after = life.dropped(attempt, renewable, () -> new ListenerAttempt(this));
        if (after.fail()) {
            fail(ListenerFailures.of(stream, reason, cause));
            return;
        }
        ListenerAttempt next = after.next();
        if (next == null) {
            return; // paused or closed on purpose
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

    private boolean isCurrent(ListenerAttempt attempt) {
        return life.isCurrent(attempt);
    }

    private void fail(Throwable failure) {
        log.error("{} stopped after event {}: {}", logPrefix, lastProcessed, failure.toString());
        try {
            onError.accept(failure);
        } catch (RuntimeException e) {
            log.warn("{} the error hook threw", logPrefix, e);
        }
        inPlace.completeExceptionally(failure);
        completion.completeExceptionally(failure);
    }

    private OptionalLong checkpoint() {
        long value = lastProcessed;
        return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Waits for {@code ended} at most {@code wait}; true at once on the callback's own thread (waiting for it would never end). */
    private boolean awaitEnd(CompletableFuture<Void> ended, Duration wait, String what) {
        return Thread.currentThread() == callbackThread || HandlerWait.await(ended, wait, log, logPrefix, what);
    }
}
