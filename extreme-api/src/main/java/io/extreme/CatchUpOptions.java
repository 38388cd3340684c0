package io.extreme;

/**
 * How a catch-up subscription reads and buffers.
 *
 * @param resolveLinkTos whether link events are resolved to their targets
 * @param readBatchSize  events per read while catching up, 1 to {@value ExtremeClient#MAX_READ_BATCH}
 * @param queueSize      events that may wait for the handler; when live events come faster than
 *                       that, the subscription goes back to reading instead of growing or dropping
 */
public record CatchUpOptions(boolean resolveLinkTos, int readBatchSize, int queueSize) {
    /** Events per read while catching up. */
    public static final int DEFAULT_READ_BATCH_SIZE = 500;
    /** Events that may wait for the handler. */
    public static final int DEFAULT_QUEUE_SIZE = 10_000;

    public CatchUpOptions {
        if (readBatchSize < 1 || readBatchSize > ExtremeClient.MAX_READ_BATCH) {
            throw new IllegalArgumentException("readBatchSize must be between 1 and " + ExtremeClient.MAX_READ_BATCH
                    + ", was " + readBatchSize);
        }
        if (queueSize < readBatchSize) {
            throw new IllegalArgumentException("queueSize must be at least readBatchSize (" + readBatchSize + "), was " + queueSize);
        }
    }

    /** Links not resolved, batches of {@value #DEFAULT_READ_BATCH_SIZE}, a queue of {@value #DEFAULT_QUEUE_SIZE}. */
    public static CatchUpOptions defaults() {
        return new CatchUpOptions(false, DEFAULT_READ_BATCH_SIZE, DEFAULT_QUEUE_SIZE);
    }

    public CatchUpOptions withResolveLinkTos(boolean value) {
        return new CatchUpOptions(value, readBatchSize, queueSize);
    }

    public CatchUpOptions withReadBatchSize(int value) {
        return new CatchUpOptions(resolveLinkTos, value, Math.max(queueSize, value));
    }

    public CatchUpOptions withQueueSize(int value) {
        return new CatchUpOptions(resolveLinkTos, readBatchSize, value);
    }
}
