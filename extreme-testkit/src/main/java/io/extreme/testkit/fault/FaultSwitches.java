package io.extreme.testkit.fault;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;

/**
 * The faults a {@link FaultProxy} has switched on, shared by all its connections: silence and
 * latency per direction, refusal of new connections, the armed mid-frame cut. Pumps read the
 * switches on every chunk; with none on they pass straight through without taking a lock.
 *
 * <p>Threads: safe from any thread. A pump holding a chunk waits on this object's monitor; every
 * change, and every connection cut, wakes the waiters to look again.
 */
final class FaultSwitches {
    private volatile boolean silentToServer;
    private volatile boolean silentToClient;
    private volatile long latencyNanos;
    private volatile boolean refusing;
    private volatile long refuseUntilNanos;
    private volatile boolean refuseUntilSet;
    private final AtomicBoolean midFrameCutArmed = new AtomicBoolean();
    private final AtomicBoolean corruptionArmed = new AtomicBoolean();
    /** The server-to-client commands held back, one bit per command byte; written by tests, read by pumps. */
    private final AtomicLongArray droppedCommands = new AtomicLongArray(4);

    void silence(Direction direction) {
        synchronized (this) {
            silentToServer |= direction.includes(Direction.TO_SERVER);
            silentToClient |= direction.includes(Direction.TO_CLIENT);
            notifyAll();
        }
    }

    void resume() {
        synchronized (this) {
            silentToServer = false;
            silentToClient = false;
            notifyAll();
        }
    }

    void latency(Duration latency) {
        synchronized (this) {
            latencyNanos = latency.toNanos();
            notifyAll();
        }
    }

    /** Wakes every pump holding a chunk, to look at the switches and at its connection again. */
    synchronized void wakeAll() {
        notifyAll();
    }

    /**
     * Holds a chunk read at {@code readAtNanos} going {@code way} while that way is silent and
     * until the latency has passed since the read. Returns false when the connection closed (or the
     * thread was interrupted) meanwhile: the chunk is not to be forwarded.
     */
    boolean awaitForwarding(Direction way, long readAtNanos, BooleanSupplier connectionClosed) {
        if (!silent(way) && latencyNanos == 0) {
            return true;
        }
        synchronized (this) {
            try {
                while (!connectionClosed.getAsBoolean()) {
                    if (silent(way)) {
                        wait();
                        continue;
                    }
                    long left = readAtNanos + latencyNanos - System.nanoTime();
                    if (left <= 0) {
                        return true;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private boolean silent(Direction way) {
        return way == Direction.TO_SERVER ? silentToServer : silentToClient;
    }

    void refuseNewConnections(boolean refuse) {
        refusing = refuse;
        refuseUntilSet = false;
    }

    void refuseFor(Duration duration) {
        refuseUntilNanos = System.nanoTime() + duration.toNanos();
        refuseUntilSet = true;
    }

    boolean refusing() {
        return refusing || refuseUntilSet && System.nanoTime() - refuseUntilNanos < 0;
    }

    void armMidFrameCut() {
        midFrameCutArmed.set(true);
    }

    boolean midFrameCutArmed() {
        return midFrameCutArmed.get();
    }

    /** Takes the armed mid-frame cut for the caller's frame; true for one caller only. */
    boolean claimMidFrameCut() {
        return midFrameCutArmed.compareAndSet(true, false);
    }

    void armCorruption() {
        corruptionArmed.set(true);
    }

    boolean corruptionArmed() {
        return corruptionArmed.get();
    }

    /** Takes the armed corruption for the caller's frame; true for one caller only. */
    boolean claimCorruption() {
        return corruptionArmed.compareAndSet(true, false);
    }

    /** Holds back (or lets through again) the server's frames of {@code command} (0 to 255). */
    void dropToClient(int command, boolean drop) {
        long bit = 1L << (command & 63);
        droppedCommands.getAndAccumulate(command >>> 6, bit, drop ? (old, b) -> old | b : (old, b) -> old & ~b);
    }

    boolean dropsAnyCommand() {
        for (int i = 0; i < droppedCommands.length(); i++) {
            if (droppedCommands.get(i) != 0) {
                return true;
            }
        }
        return false;
    }

    boolean drops(int command) {
        return command >= 0 && (droppedCommands.get(command >>> 6) & 1L << (command & 63)) != 0;
    }
}
