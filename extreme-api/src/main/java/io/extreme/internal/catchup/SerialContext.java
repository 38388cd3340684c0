package io.extreme.internal.catchup;

import io.extreme.internal.subscription.SerialDelivery;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of a catch-up's state: its tasks run one at a time, in the order they were
 * given, on the callback executor, so that state changes need no lock and no thread ever waits
 * for another to let go of one. Every thread that has news for the catch-up (the engine thread
 * with a push, a callback thread with a page, the shared timer with a watchdog check, a user
 * with a close) hands it over as a task and goes on at once.
 *
 * <p>The queue of tasks is not bounded here: its bound is the catch-up's. Pushes, the only
 * tasks that come at the server's pace, are admitted by their live link only up to the queue
 * size ({@link LiveLink}); every other task answers one read, one timer or one user call.
 * When the executor refuses (a client that closed its own pool) the task runs on the caller.
 */
final class SerialContext implements Executor {
    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final SerialDelivery tasks;
    private final String name;

    /** @param name what the log calls the catch-up, when a task fails */
    SerialContext(Executor callbacks, String name) {
        // Unbounded by count here: every kind of task has its own bound (see above).
        this.tasks = new SerialDelivery(callbacks, Integer.MAX_VALUE);
        this.name = name;
    }

    /** Queues {@code task}; it runs after every task queued before it, never beside one. Any thread, never blocks. */
    @Override
    public void execute(Runnable task) {
        tasks.force(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // A bug of ours: say it, rather than let the delivery swallow it.
                log.error("a task of the catch-up subscription to {} failed", name, e);
            }
        });
    }
}
