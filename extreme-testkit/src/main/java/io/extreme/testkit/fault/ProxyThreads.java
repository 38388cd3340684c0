package io.extreme.testkit.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxy's threads: made as daemons, so a test that forgets to close a proxy does not keep
 * the JVM alive, and joined with one deadline for all of them, so a stuck thread cannot hang a
 * test.
 */
final class ProxyThreads {
    private ProxyThreads() {
    }

    /** A platform daemon thread named {@code name} that runs {@code task}; not started. */
    static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Joins {@code threads} until {@code deadline} from now; returns the names of those still alive. */
    static List<String> join(List<Thread> threads, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        List<String> alive = new ArrayList<>();
        for (Thread thread : threads) {
            long leftMillis = Math.max(1, (end - System.nanoTime()) / 1_000_000);
            try {
                thread.join(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                alive.add(thread.getName());
            }
        }
        return alive;
    }
}
