package io.extreme.testkit;

import io.extreme.testkit.engine.EventStoreEngine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the node's statistics every period, the first one a period after the start, as a real
 * node does every 30 s (PROTOCOL.md §12.1 #14): one {@code $statsCollected} event in
 * {@code $stats-<ip>:<http port>}, so that {@code $all} moves on with no client writing.
 *
 * <p>What the event holds is kept small, with names a real node uses: the process's start time
 * and id, its memory and thread count. A real node writes many more
 * (queues, disk, GC, the writer's checkpoint); which ones and their exact format are unconfirmed
 * here, so no test and no client should rely on the data.
 *
 * <p>Threads: one daemon thread, {@code extreme-testkit-stats}, whose only job is this periodic
 * write; its queue holds that one repeating task. It takes the engine's lock like any request.
 */
final class StatsCollector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatsCollector.class);

    private final EventStoreEngine engine;
    private final String node;
    private final Instant started = Instant.now();
    private final ScheduledExecutorService timer;

    private StatsCollector(EventStoreEngine engine, String node, Duration period) {
        this.engine = engine;
        this.node = node;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "extreme-testkit-stats");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.timer = executor;
        long nanos = period.toNanos();
        timer.scheduleAtFixedRate(this::collect, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Starts writing statistics for the node whose HTTP endpoint is {@code node} ({@code ip:port})
     * every {@code period}; null when the period is zero (switched off).
     */
    static StatsCollector start(EventStoreEngine engine, String node, Duration period) {
        if (period.isZero()) {
            return null;
        }
        return new StatsCollector(engine, node, period);
    }

    private void collect() {
        try {
            engine.statsCollected(node, statsJson().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // A failed round must not end the schedule: the next period tries again.
            LOG.warn("could not write the node's statistics", e);
        }
    }

    /** Indented, as the server writes its JSON (Newtonsoft, §12.1 #11); the keys are the server's own. */
    private String statsJson() {
        Runtime runtime = Runtime.getRuntime();
        return "{\n"
                + "  \"proc-startTime\": \"" + started + "\",\n"
                + "  \"proc-id\": " + ProcessHandle.current().pid() + ",\n"
                + "  \"proc-mem\": " + (runtime.totalMemory() - runtime.freeMemory()) + ",\n"
                + "  \"proc-threadsCount\": " + Thread.activeCount() + "\n"
                + "}";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
