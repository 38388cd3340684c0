package io.extreme.internal.listener;

import io.extreme.subscription.Listener;
import io.extreme.subscription.Listener.State;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Where a {@link CheckpointedListener} is in its life: its state, its current attempt, the end
 * of the last attempt begun, and the resubscriptions in a row without progress. Apart from the
 * listener so that every move between states reads in one place, under one lock.
 *
 * <p><b>Threads.</b> Any thread: the user's (start, pause, resume, close) and the callback
 * executor's (an attempt's callbacks). The lock is this class's own, private, held only to read
 * or change the four fields: nothing is called out under it (no handler, hook, catch-up or
 * future), so no thread ever waits on it for longer than a few field writes.
 */
final class ListenerLife {
    /** What a pause or a close took over: the attempt to cancel (or null), and the end to wait for. */
    record Stop(ListenerAttempt attempt, CompletableFuture<Void> ended) {
    }

    /** A new attempt, and the end of the one before it, after which it begins. */
    record Next(ListenerAttempt attempt, CompletableFuture<Void> previous) {
    }

    private final Object lock = new Object();
    private State state = State.NEW;
    private ListenerAttempt current;
    private CompletableFuture<Void> lastAttemptEnded = CompletableFuture.completedFuture(null);
    private int fruitlessResubscriptions;

    State state() {
        synchronized (lock) {
            return state;
        }
    }

    boolean isCurrent(ListenerAttempt attempt) {
        synchronized (lock) {
            return attempt == current && state == State.RUNNING;
        }
    }

    /** Paused: from new or running; also when already paused or stopped, since a handler call may still be finishing. */
    Stop pause() {
        synchronized (lock) {
            ListenerAttempt attempt = null;
            if (state == State.NEW) {
                state = State.PAUSED;
            }
            if (state == State.RUNNING) {
                state = State.PAUSED;
                attempt = current;
                current = null;
            }
            return new Stop(attempt, lastAttemptEnded);
        }
    }

    /** Running again with a new attempt; null when already running. Throws once closed or failed. */
    Next resume(Supplier<ListenerAttempt> attempts, String logPrefix) {
        synchronized (lock) {
            if (state == State.RUNNING) {
                return null;
            }
            if (state == State.CLOSED || state == State.FAILED) {
                throw new IllegalStateException(logPrefix + " cannot resume: " + state);
            }
            state = State.RUNNING;
            fruitlessResubscriptions = 0;
            return new Next(current = attempts.get(), swapLastAttempt(current));
        }
    }

    /** Closed; null when closed or stopped before. */
    Stop close() {
        synchronized (lock) {
            if (state == State.CLOSED || state == State.FAILED) {
                return null;
            }
            state = State.CLOSED;
            ListenerAttempt attempt = current;
            current = null;
            return new Stop(attempt, lastAttemptEnded);
        }
    }

    /** Whether the last attempt begun is over: no handler call of it runs any more. */
    boolean lastAttemptOver() {
        synchronized (lock) {
            return lastAttemptEnded.isDone();
        }
    }

    /** Stopped on its own, if {@code attempt} is still the current one; whether it was. */
    boolean failIfCurrent(ListenerAttempt attempt) {
        synchronized (lock) {
            if (attempt != current) {
                return false;
            }
            state = State.FAILED;
            current = null;
            return true;
        }
    }

    /** What a drop leads to: nothing (paused or closed on purpose), a failure, or a renewal with {@code next}. */
    record AfterDrop(boolean fail, ListenerAttempt next) {
        static final AfterDrop NOTHING = new AfterDrop(false, null);
        static final AfterDrop FAIL = new AfterDrop(true, null);
    }

    /**
     * Decides what the drop of {@code attempt} leads to; a renewal's attempt is current at once.
     *
     * @param renewable whether the drop is worth a resubscription (a lost connection, the client still open)
     */
    AfterDrop dropped(ListenerAttempt attempt, boolean renewable, Supplier<ListenerAttempt> attempts) {
        synchronized (lock) {
            if (attempt != current || state != State.RUNNING) {
                return AfterDrop.NOTHING;
            }
            fruitlessResubscriptions = attempt.progressed ? 1 : fruitlessResubscriptions + 1;
            if (!renewable || fruitlessResubscriptions > Listener.MAX_FRUITLESS_RESUBSCRIPTIONS) {
                state = State.FAILED;
                current = null;
                return AfterDrop.FAIL;
            }
            current = attempts.get();
            swapLastAttempt(current);
            return new AfterDrop(false, current);
        }
    }

    private CompletableFuture<Void> swapLastAttempt(ListenerAttempt next) {
        CompletableFuture<Void> previous = lastAttemptEnded;
        lastAttemptEnded = next.ended;
        return previous;
    }
}
