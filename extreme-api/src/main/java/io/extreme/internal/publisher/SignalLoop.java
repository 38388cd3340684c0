package io.extreme.internal.publisher;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a step on an executor, never twice at once, again after every {@link #wake} — the way a
 * Flow publisher's signals stay serial (rule 1.3) whoever asks for them, with no lock held
 * while the subscriber runs. The step says when it stopped with more to do, so that a busy
 * subscription hands the thread to others between runs.
 */
final class SignalLoop {
    private final Executor executor;
    private final BooleanSupplier step;
    private final AtomicInteger wakes = new AtomicInteger();

    /** @param step does what there is to do; true when it stopped early with more to do */
    SignalLoop(Executor executor, BooleanSupplier step) {
        this.executor = executor;
        this.step = step;
    }

    /** Something changed: the step runs (again) soon, on the executor. */
    void wake() {
        if (wakes.getAndIncrement() == 0) {
            schedule();
        }
    }

    private void schedule() {
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException shutDown) {
            run();
        }
    }

    private void run() {
        // Whoever took wakes from 0 owns the loop until it brings it back to 0; a wake meanwhile
        // raised it, so the step runs again before the loop is left.
        int missed = 1;
        while (true) {
            if (step.getAsBoolean()) {
                schedule();
                return;
            }
            missed = wakes.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }
}
