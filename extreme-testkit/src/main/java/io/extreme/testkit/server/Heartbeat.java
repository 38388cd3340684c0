package io.extreme.testkit.server;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's heartbeat timer for one connection. Like a real server it counts receptions and,
 * on each tick, compares the count with the one it saw last: a change means the peer is alive;
 * no change after an interval sends a HeartbeatRequest, no change after the timeout that follows
 * closes. Counting is one atomic increment, so the read path pays almost nothing for it.
 */
final class Heartbeat {
    private final ScheduledExecutorService timer;
    private final HeartbeatSettings settings;
    private final Runnable askPeer;
    private final Runnable giveUp;
    private final AtomicLong received = new AtomicLong();
    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;

    /**
     * @param askPeer sends a HeartbeatRequest; runs on the timer thread, so it only queues
     * @param giveUp  closes the connection after the timeout; runs on the timer thread
     */
    Heartbeat(ScheduledExecutorService timer, HeartbeatSettings settings, Runnable askPeer, Runnable giveUp) {
        this.timer = timer;
        this.settings = settings;
        this.askPeer = askPeer;
        this.giveUp = giveUp;
    }

    /** Something arrived from the peer: bytes on a socket or a frame in memory. */
    void received() {
        received.incrementAndGet();
    }

    void start() {
        scheduleInterval(received.get());
    }

    void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void scheduleInterval(long seen) {
        schedule(() -> onInterval(seen), settings.interval().toNanos());
    }

    private void onInterval(long seen) {
        long now = received.get();
        if (now != seen) {
            scheduleInterval(now);
            return;
        }
        askPeer.run();
        schedule(() -> onTimeout(seen), settings.timeout().toNanos());
    }

    private void onTimeout(long seen) {
        long now = received.get();
        if (now != seen) {
            scheduleInterval(now);
        } else {
            stopped = true;
            giveUp.run();
        }
    }

    private void schedule(Runnable task, long delayNanos) {
        if (stopped) {
            return;
        }
        try {
            next = timer.schedule(() -> {
                if (!stopped) {
                    task.run();
                }
            }, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            // The server is shutting down and closes every connection itself.
            stopped = true;
        }
    }
}
