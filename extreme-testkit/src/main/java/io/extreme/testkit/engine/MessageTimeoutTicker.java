package io.extreme.testkit.engine;

import java.lang.ref.WeakReference;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives persistent subscriptions' message timeouts: every {@link #PERIOD_MS} ms, asks an engine
 * to retry what timed out on its clock. One daemon thread serves every engine of the JVM, and it
 * holds engines weakly, so an engine nobody uses any more is collected and its task ends; an
 * engine only gets a task once it has a persistent subscription group.
 */
final class MessageTimeoutTicker {
    private static final Logger LOG = LoggerFactory.getLogger(MessageTimeoutTicker.class);
    /** Timeouts are checked this often, so a message is retried at most this late. */
    static final long PERIOD_MS = 100;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "extreme-testkit-persistent-subscription-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private MessageTimeoutTicker() {
    }

    /** Starts ticking {@code engine}; call once per engine. */
    static void start(EventStoreEngine engine) {
        WeakReference<EventStoreEngine> reference = new WeakReference<>(engine);
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        Runnable tick = () -> {
            EventStoreEngine live = reference.get();
            if (live == null) {
                self[0].cancel(false);
                return;
            }
            try {
                live.retryTimedOutMessages();
            } catch (RuntimeException failure) {
                // A failing tick must not end the ticking (a periodic task that throws is cancelled).
                LOG.warn("Persistent subscription timeout check failed: {}", failure.toString());
            }
        };
        synchronized (self) {
            self[0] = TIMER.scheduleAtFixedRate(() -> {
                synchronized (self) {
                    tick.run();
                }
            }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }
}
