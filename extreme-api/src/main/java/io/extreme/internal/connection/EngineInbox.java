package io.extreme.internal.connection;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's immediate tasks (every operation submitted, every frame received), run on the
 * engine thread in the order given, as one task of the engine's scheduler per burst rather than
 * one per task. The scheduler takes a lock, allocates a scheduled task and may wake its thread
 * for each task it is given; here a task costs a queue node and a counter increment, and only
 * the first of a burst goes through the scheduler. Timers stay on the scheduler, and so do the
 * burst's flushes ({@link BurstFlush}), which therefore run between two drains.
 *
 * <p>Bound: none of its own; what arrives is bounded where it comes from (operations by
 * {@code maxQueueSize}, frames by the {@link InboundGate}, the rest one per call or timer).
 *
 * <p>The end: {@link #close} refuses further tasks at once, but every task accepted before runs,
 * and only then is the scheduler shut down (by whoever runs the last one), so that an accepted
 * task (an operation that must be failed) is never stranded in a queue nobody drains.
 */
final class EngineInbox implements Executor {
    private static final Logger log = LoggerFactory.getLogger(EngineInbox.class);
    /** Marks {@link #pending} once closed; the bits below count tasks accepted and not yet run. */
    private static final int CLOSED = 1 << 30;
    /** Tasks per drain before the thread goes back to the scheduler, so that timers are not held up. */
    private static final int BATCH = 256;

    private final ScheduledExecutorService loop;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Runnable drain = this::drain;

    EngineInbox(ScheduledExecutorService loop) {
        this.loop = loop;
    }

    /**
     * Queues {@code task} behind every task given before. Any thread, never blocks.
     *
     * @throws RejectedExecutionException once {@link #close}d: the task will not run
     */
    @Override
    public void execute(Runnable task) {
        int before;
        do {
            before = pending.get();
            if ((before & CLOSED) != 0) {
                throw new RejectedExecutionException("the engine has stopped");
            }
        } while (!pending.compareAndSet(before, before + 1));
        // Counted first, queued second: a drain that finds the count ahead of the queue waits for the task.
        tasks.add(task);
        if (before == 0) {
            // Not refused: the scheduler is shut down only once closed and empty, and this task counts.
            loop.execute(drain);
        }
    }

    /**
     * Refuses further tasks; the scheduler is shut down once those accepted have run (at once when
     * none wait). Idempotent. Any thread.
     */
    void close() {
        int before;
        do {
            before = pending.get();
            if ((before & CLOSED) != 0) {
                return;
            }
        } while (!pending.compareAndSet(before, before | CLOSED));
        if (before == 0) {
            loop.shutdown();
        }
    }

    private void drain() {
        int ran = 0;
        while (true) {
            Runnable task = next();
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // A bug of ours: say it, and go on with the tasks behind it (the scheduler would swallow it).
                log.error("an engine task failed", e);
            }
            int left = pending.decrementAndGet();
            if (left == CLOSED) {
                loop.shutdown(); // the last accepted task of a closed engine has run
                return;
            }
            if ((left & ~CLOSED) == 0) {
                return; // the next task to come schedules a drain of its own
            }
            if (++ran >= BATCH) {
                loop.execute(drain); // not refused: tasks wait, so the scheduler is still up
                return;
            }
        }
    }

    /** The next task; one counted but not queued yet is on its way (between two statements of execute). */
    private Runnable next() {
        Runnable task;
        for (int spins = 0; (task = tasks.poll()) == null; spins++) {
            if (spins < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield(); // its producer was descheduled in between: let it run
            }
        }
        return task;
    }
}
