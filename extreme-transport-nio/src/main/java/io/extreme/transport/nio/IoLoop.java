package io.extreme.transport.nio;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One selector and the daemon thread that runs it: ready channels, then tasks handed in from
 * other threads, then due timers, until {@link #stop()}. Everything that touches a channel runs
 * here but one: a caller's flush writes a connection's queue on its own thread, under that
 * connection's write lock ({@link Outbound}); other threads otherwise only queue tasks.
 */
final class IoLoop implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(IoLoop.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Selector selector;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True once a wake-up was asked for since the loop last left select: saves repeated wakeup() calls. */
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    /** Timers are touched by the loop thread only. */
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Consumer<Throwable> onStop;
    private final Consumer<SelectionKey> dispatcher = this::dispatch;
    private volatile boolean stopping;

    /**
     * Opens the selector and starts the thread. {@code onStop} runs on it once the loop has ended,
     * with {@code null} after {@link #stop()} or with the failure that ended the loop.
     */
    IoLoop(Consumer<Throwable> onStop) throws IOException {
        this.selector = Selector.open();
        this.onStop = onStop;
        this.thread = new Thread(this, "extreme-nio-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the caller runs on this loop's thread. */
    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Whether {@link #stop()} was called. */
    boolean isStopping() {
        return stopping;
    }

    /** Runs {@code task} on the loop thread, soon; from any thread, never blocks. */
    void execute(Runnable task) {
        tasks.offer(task);
        // The loop runs its tasks before it selects again, so it only needs waking from outside.
        if (!inLoop() && wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    /** Registers {@code channel} for {@code ops} with {@code handler} as attachment. Loop thread only. */
    SelectionKey register(SelectableChannel channel, int ops, IoHandler handler) throws IOException {
        return channel.register(selector, ops, handler);
    }

    /** Runs {@code task} on the loop thread once {@link System#nanoTime()} reaches {@code deadline}. Loop thread only. */
    Timer schedule(long deadline, Runnable task) {
        Timer timer = new Timer(deadline, task);
        timers.add(timer);
        return timer;
    }

    /** Ends the loop after its current round; {@code onStop} then runs on the loop thread. */
    void stop() {
        stopping = true;
        selector.wakeup();
    }

    /** Waits for the loop thread to end; false if it did not within the time. */
    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        thread.join(Math.max(1, unit.toMillis(timeout)));
        return !thread.isAlive();
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            while (!stopping) {
                if (tasks.isEmpty()) {
                    selector.select(dispatcher, selectTimeoutMillis());
                } else {
                    selector.selectNow(dispatcher);
                }
                wakeupPending.set(false);
                runTasks();
                runDueTimers();
            }
        } catch (IOException | RuntimeException | Error e) {
            log.error("NIO I/O loop failed; closing every connection of this transport", e);
            failure = e;
        } finally {
            stopping = true;
            Throwable cause = failure;
            runQuietly(() -> onStop.accept(cause));
            // Tasks queued before the stop still run: they see the loop stopping and fail or do nothing.
            Runnable task;
            while ((task = tasks.poll()) != null) {
                runQuietly(task);
            }
            try {
                selector.close();
            } catch (IOException e) {
                log.debug("Closing the selector failed", e);
            }
        }
    }

    /** Hands one ready key to its handler; a handler's failure closes that handler, not the loop. */
    private void dispatch(SelectionKey key) {
        IoHandler handler = (IoHandler) key.attachment();
        if (!key.isValid()) {
            return;
        }
        try {
            handler.onReady(key.readyOps());
        } catch (RuntimeException e) {
            log.warn("I/O handler failed; closing it", e);
            handler.closeNow(e);
        }
    }

    private void runTasks() {
        // Bounded, so that a thread that keeps queueing cannot starve the selector.
        for (int budget = 1024; budget > 0; budget--) {
            Runnable task = tasks.poll();
            if (task == null) {
                return;
            }
            runQuietly(task);
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        Timer next;
        while ((next = timers.peek()) != null && (next.cancelled || next.deadline - now <= 0)) {
            timers.poll();
            if (!next.cancelled) {
                runQuietly(next.task);
            }
        }
    }

    /** Milliseconds until the next timer, at least 1; 0 (no limit) without timers. */
    private long selectTimeoutMillis() {
        Timer next = timers.peek();
        if (next == null) {
            return 0;
        }
        long nanos = next.deadline - System.nanoTime();
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Task on the NIO I/O thread failed", e);
        }
    }

    /** A timer of the loop; cancelled ones are dropped when they come due. */
    static final class Timer implements Comparable<Timer> {
        private final long deadline;
        private final Runnable task;
        private boolean cancelled;

        private Timer(long deadline, Runnable task) {
            this.deadline = deadline;
            this.task = task;
        }

        /** Stops the timer from running. Loop thread only. */
        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            return Long.compare(deadline - other.deadline, 0);
        }
    }
}
