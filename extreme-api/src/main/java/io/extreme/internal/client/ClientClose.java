package io.extreme.internal.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one close of a client: started once, however many threads ask, and over when the engine
 * thread has ended (it fails the pending operations and closes the transport, which waits for
 * its I/O thread, and the discovery) and the client's own callback pool has run its last task.
 *
 * <p>Threads: {@link #start} never blocks. The waiting is done by a daemon thread started with
 * the close, {@code extreme-close-N}, whose only job is to see both executors end and then
 * complete the future; it ends with that, so the future never completes on the engine thread.
 * {@link #closeAndWait} blocks the caller up to a bound, except on a thread of the library.
 */
final class ClientClose {
    private static final Logger log = LoggerFactory.getLogger(ClientClose.class);
    /** Every thread the library starts is named so: a close called on one of them must not wait. */
    private static final String LIBRARY_THREADS = "extreme-";

    private final String name;
    private final int number;
    private final Runnable shutdown;
    private final ExecutorService engineThread;
    /** The callback pool the client made, shut down by the engine as it stops; null when the user gave one. */
    private final ExecutorService ownCallbacks;
    private final Duration bound;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /**
     * @param shutdown     starts the engine's shutdown (hops onto its thread); must not block
     * @param engineThread the engine's executor, which terminates once the shutdown has run
     * @param ownCallbacks the client's own callback pool, which the shutdown shuts down; null if the user's
     * @param bound        how long {@link #closeAndWait} waits: {@link io.extreme.ExtremeClient#CLOSE_TIMEOUT} but in tests
     */
    ClientClose(String name, int number, Runnable shutdown, ExecutorService engineThread, ExecutorService ownCallbacks,
                Duration bound) {
        this.name = name;
        this.number = number;
        this.shutdown = shutdown;
        this.engineThread = engineThread;
        this.ownCallbacks = ownCallbacks;
        this.bound = bound;
    }

    /**
     * Starts the close (the first call) and returns a copy of its future, so that a caller who
     * completes or cancels theirs changes nothing for the others. With {@code viewFlag} (a view of
     * {@code withCredentials}) only that view closes, at once.
     */
    CompletableFuture<Void> start(AtomicBoolean viewFlag) {
        if (viewFlag != null) {
            viewFlag.set(true);
            return CompletableFuture.completedFuture(null);
        }
        if (started.compareAndSet(false, true)) {
            shutdown.run();
            Thread closer = new Thread(this::awaitEnd, "extreme-close-" + number);
            closer.setDaemon(true);
            closer.start();
        }
        return done.copy();
    }

    /** {@link #start}, then waits for the end up to the bound; on a thread of the library, only starts. */
    void closeAndWait(AtomicBoolean viewFlag) {
        CompletableFuture<Void> closing = start(viewFlag);
        if (closing.isDone()) {
            return;
        }
        if (Thread.currentThread().getName().startsWith(LIBRARY_THREADS)) {
            // The end waited for includes this very thread (a callback, the engine): it comes once this returns.
            log.debug("[{}] close called on {}: started, not waited for", name, Thread.currentThread().getName());
            return;
        }
        try {
            closing.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            log.warn("[{}] close gave up waiting after {} ms for {}; the client is closed, and that ends on its own",
                    name, bound.toMillis(), waitingFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the close goes on without us
        } catch (ExecutionException e) {
            log.warn("[{}] close could not see the client end: {}", name, e.getCause().toString());
        }
    }

    /** What the close still waits for, in words for the log. */
    String waitingFor() {
        if (!engineThread.isTerminated()) {
            return "the engine thread extreme-engine-" + number + " to stop (it fails the pending operations, then closes"
                    + " the transport, waiting for its I/O thread, and the discovery)";
        }
        if (ownCallbacks != null && !ownCallbacks.isTerminated()) {
            String load = ownCallbacks instanceof ForkJoinPool pool
                    ? " (" + pool.getActiveThreadCount() + " running, " + (pool.getQueuedSubmissionCount()
                    + pool.getQueuedTaskCount()) + " queued)" : "";
            return "the callback pool extreme-callback-" + number + " to run its last callbacks" + load
                    + "; a callback that blocks holds it up";
        }
        return "nothing any more (it ended just as the wait gave up)";
    }

    private void awaitEnd() {
        try {
            engineThread.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            if (ownCallbacks != null) {
                ownCallbacks.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            }
            done.complete(null);
        } catch (InterruptedException e) {
            // Nobody interrupts this thread of ours; should it happen, say so rather than never complete.
            done.completeExceptionally(new IllegalStateException("the wait for the client's end was interrupted", e));
        }
    }
}
