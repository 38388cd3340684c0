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
    private final CompletableFuture<OptionalLong> completion = new ClientFuture<>();
    /** Completes once an attempt's first read was answered; fails when the listener stops or closes before. */
    private final CompletableFuture<Listener> inPlace = new ClientFuture<>();
    /** What the handler last returned, or the starting value; -1 while there is neither. */
    private volatile long lastProcessed;
    private volatile Thread callbackThread;
    private State state = State.NEW;
    private ListenerAttempt current;
    private CompletableFuture<Void> lastAttemptEnded = CompletableFuture.completedFuture(null);
    private int fruitlessResubscriptions;

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
        synchronized (this) {
            if (state != State.NEW) {
                throw new IllegalStateException(logPrefix + " already started (" + state + ")");
            }
        }
        resume();
        return inPlace.copy();
    }

    @Override
    public OptionalLong pause() {
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
        return checkpoint();
    }

    @Override
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

    @Override
    public OptionalLong lastProcessedEventNumber() {
        return checkpoint();
    }

    @Override
    public String streamId() {
        return stream;
    }

    @Override
    public synchronized State state() {
        return state;
    }

    @Override
    public CompletableFuture<OptionalLong> completion() {
        return completion.copy();
    }

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
        inPlace.completeExceptionally(new CancellationException(logPrefix + " closed before it was in place"));
        ended.whenComplete((ignored, error) -> completion.complete(checkpoint()));
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
        inPlace.completeExceptionally(failure);
        completion.completeExceptionally(failure);
    }

    private OptionalLong checkpoint() {
        long value = lastProcessed;
        return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private void awaitEnd(CompletableFuture<Void> ended) {
        if (Thread.currentThread() != callbackThread) { // the handler or a hook itself: waiting for it would never end
            ListenerAttempt.awaitEnd(ended);
        }
    }
}
