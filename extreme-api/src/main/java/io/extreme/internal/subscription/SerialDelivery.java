package io.extreme.internal.subscription;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on an executor one at a time, in the order they were offered: the way a
 * subscription's events reach its handler. At most {@code limit} tasks wait; {@link #offer}
 * says when that limit is reached instead of growing without bound.
 *
 * <p><b>Threads.</b> Lock-free: any thread offers (a queue and a counter); whoever takes the
 * counter from 0 schedules one drain on the executor, which runs the tasks in order and hands
 * the thread back every 256 tasks. An executor that refuses (shut down) has the offering thread
 * run the drain itself.
 */
public final class SerialDelivery {
    private final Executor executor;
    private final int limit;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();

    public SerialDelivery(Executor executor, int limit) {
        this.executor = executor;
        this.limit = limit;
    }

    /** Queues {@code task}; false when {@code limit} tasks already wait (the task is not queued). */
    boolean offer(Runnable task) {
        if (pending.get() >= limit) {
            return false;
        }
        force(task);
        return true;
    }

    /** Queues {@code task} whatever the limit: for the one last task of a subscription, its drop. */
    public void force(Runnable task) {
        tasks.add(task);
        if (pending.getAndIncrement() == 0) {
            schedule();
        }
    }

    /** Tasks waiting or running. */
    int size() {
        return pending.get();
    }

    private void schedule() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            drain();
        }
    }

    private void drain() {
        // Whoever took pending from 0 to 1 owns the drain until it brings it back to 0; after a
        // batch it hands ownership to a fresh task so other subscriptions get the thread too.
        int ran = 0;
        while (true) {
            Runnable task = tasks.poll();
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // Tasks report their own failures; one that escapes must not stall the ones behind it.
            }
            if (pending.decrementAndGet() == 0) {
                return;
            }
            if (++ran >= 256) {
                schedule();
                return;
            }
        }
    }
}
