package io.extreme.reliability;

import io.extreme.ExtremeClient;
import io.extreme.internal.client.ClientView;
import io.extreme.internal.connection.ConnectionEngine;
import io.extreme.internal.connection.InboundGate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stalled engine thread, the fault of a client whose engine falls behind (a long GC pause, a
 * starved machine): one task on the engine's own loop that blocks until released or until its
 * longest stall is over. Reached through the engine's internal handle, which the class path lets
 * these tests see; the stall itself is no change to the engine.
 */
final class EngineStall implements AutoCloseable {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile long startedAt;
    private volatile long endedAt;

    private EngineStall(ConnectionEngine engine, long maxMillis) {
        engine.later(0, () -> {
            startedAt = System.nanoTime();
            started.countDown();
            try {
                release.await(maxMillis, TimeUnit.MILLISECONDS); // the stall: the fault this injects
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                endedAt = System.nanoTime();
                ended.countDown();
            }
        });
    }

    /** Stalls {@code client}'s engine thread, after what it was given before, for at most {@code maxMillis}. */
    static EngineStall of(ExtremeClient client, long maxMillis) {
        EngineStall stall = new EngineStall(engine(client), maxMillis);
        await(stall.started, "the engine thread stalled");
        return stall;
    }

    /** The inbound gate of {@code client}'s engine, with its counts of pauses and resumes. */
    static InboundGate gate(ExtremeClient client) {
        return engine(client).inboundGate();
    }

    private static ConnectionEngine engine(ExtremeClient client) {
        return ((ClientView) client).core().engine;
    }

    /** Waits for the stall to end by itself (its longest time) and returns how long it lasted. */
    long awaitEnd() {
        await(ended, "the stall ended");
        return TimeUnit.NANOSECONDS.toMillis(endedAt - startedAt);
    }

    /** Ends the stall now, and returns how long it lasted. */
    long release() {
        release.countDown();
        return awaitEnd();
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        release.countDown();
    }
}
