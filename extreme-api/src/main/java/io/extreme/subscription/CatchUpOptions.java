package io.extreme.subscription;

import java.time.Duration;
import java.util.Objects;

/**
 * How a catch-up subscription reads, buffers and watches for silence. Immutable: each
 * {@code with…} returns a copy. A value: two options with the same settings are equal. A final
 * class rather than a record, so that a setting can be added later without changing the
 * constructor callers use.
 */
public final class CatchUpOptions {
    /** The largest page a read may ask for: the server refuses more. */
    public static final int MAX_READ_BATCH = 4096;
    /** Events per read while catching up. */
    public static final int DEFAULT_READ_BATCH_SIZE = 500;
    /** Events that may wait for the handler. */
    public static final int DEFAULT_QUEUE_SIZE = 10_000;
    /** Silence a live subscription allows before it checks that the stream did not move on without it. */
    public static final Duration DEFAULT_WATCHDOG = Duration.ofSeconds(30);

    private final boolean resolveLinkTos;
    private final int readBatchSize;
    private final int queueSize;
    private final Duration watchdog;

    /**
     * @param resolveLinkTos whether link events are resolved to their targets
     * @param readBatchSize  events per read while catching up, 1 to {@value #MAX_READ_BATCH}
     * @param queueSize      events that may wait for the handler, at least {@code readBatchSize}
     * @param watchdog       see {@link #watchdog()}; {@link Duration#ZERO} turns it off
     * @throws IllegalArgumentException when a size is out of range or the watchdog negative
     */
    public CatchUpOptions(boolean resolveLinkTos, int readBatchSize, int queueSize, Duration watchdog) {
        if (readBatchSize < 1 || readBatchSize > MAX_READ_BATCH) {
            throw new IllegalArgumentException("readBatchSize must be between 1 and " + MAX_READ_BATCH
                    + ", was " + readBatchSize);
        }
        if (queueSize < readBatchSize) {
            throw new IllegalArgumentException("queueSize must be at least readBatchSize (" + readBatchSize + "), was " + queueSize);
        }
        Objects.requireNonNull(watchdog, "watchdog must not be null (Duration.ZERO turns it off)");
        if (watchdog.isNegative()) {
            throw new IllegalArgumentException("watchdog must be zero (off) or positive, was " + watchdog);
        }
        this.resolveLinkTos = resolveLinkTos;
        this.readBatchSize = readBatchSize;
        this.queueSize = queueSize;
        this.watchdog = watchdog;
    }

    /** Options with the {@linkplain #DEFAULT_WATCHDOG default watchdog}. */
    public CatchUpOptions(boolean resolveLinkTos, int readBatchSize, int queueSize) {
        this(resolveLinkTos, readBatchSize, queueSize, DEFAULT_WATCHDOG);
    }

    /**
     * Links not resolved, batches of {@value #DEFAULT_READ_BATCH_SIZE}, a queue of {@value #DEFAULT_QUEUE_SIZE},
     * a watchdog of 30 seconds.
     */
    public static CatchUpOptions defaults() {
        return new CatchUpOptions(false, DEFAULT_READ_BATCH_SIZE, DEFAULT_QUEUE_SIZE, DEFAULT_WATCHDOG);
    }

    /** Whether link events are resolved to their targets. */
    public boolean resolveLinkTos() {
        return resolveLinkTos;
    }

    /** Events per read while catching up, 1 to {@value #MAX_READ_BATCH}. */
    public int readBatchSize() {
        return readBatchSize;
    }

    /**
     * Events that may wait for the handler; when live events come faster than that, the
     * subscription goes back to reading instead of growing or dropping.
     */
    public int queueSize() {
        return queueSize;
    }

    /**
     * How long a live subscription may go without an event before it checks the head of its
     * stream; when the head moved on without it (a server that stopped pushing), it subscribes
     * again from the last event it delivered. {@link Duration#ZERO}: off.
     */
    public Duration watchdog() {
        return watchdog;
    }

    public CatchUpOptions withResolveLinkTos(boolean value) {
        return new CatchUpOptions(value, readBatchSize, queueSize, watchdog);
    }

    /** The same options reading {@code value} events at a time; the queue grows to hold a batch if it must. */
    public CatchUpOptions withReadBatchSize(int value) {
        return new CatchUpOptions(resolveLinkTos, value, Math.max(queueSize, value), watchdog);
    }

    public CatchUpOptions withQueueSize(int value) {
        return new CatchUpOptions(resolveLinkTos, readBatchSize, value, watchdog);
    }

    /** The same options with another watchdog; {@link Duration#ZERO} turns it off. */
    public CatchUpOptions withWatchdog(Duration value) {
        return new CatchUpOptions(resolveLinkTos, readBatchSize, queueSize, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatchUpOptions that && resolveLinkTos == that.resolveLinkTos
                && readBatchSize == that.readBatchSize && queueSize == that.queueSize && watchdog.equals(that.watchdog);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resolveLinkTos, readBatchSize, queueSize, watchdog);
    }

    /** The settings, in the form a record would show them (as this type was first written). */
    @Override
    public String toString() {
        return "CatchUpOptions[resolveLinkTos=" + resolveLinkTos + ", readBatchSize=" + readBatchSize
                + ", queueSize=" + queueSize + ", watchdog=" + watchdog + "]";
    }
}
