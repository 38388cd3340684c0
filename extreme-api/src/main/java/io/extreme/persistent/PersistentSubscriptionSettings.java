package io.extreme.persistent;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a persistent subscription group: where it starts, how it retries, buffers and
 * checkpoints, and how it shares events among consumers. Immutable; defaults as EventStore's own
 * clients, each a named constant.
 *
 * @param resolveLinkTos       whether link events are resolved
 * @param startFrom            -1 from the end (new events only), 0 from the start, or an event number
 * @param messageTimeout       how long an event may stay unacknowledged before it is sent again
 * @param extraStatistics      whether the server records latency statistics
 * @param liveBufferSize       live events the server buffers per group
 * @param readBatchSize        events the server reads at a time while catching up
 * @param historyBufferSize    events the server keeps while catching up
 * @param maxRetryCount        deliveries before an event is parked
 * @param strategy             how events are shared among consumers
 * @param checkpointAfter      how often the group checkpoints at most
 * @param minCheckpointCount   events acknowledged before a checkpoint is written
 * @param maxCheckpointCount   events acknowledged after which a checkpoint is forced
 * @param maxSubscriberCount   consumers allowed at once; 0 for no limit
 */
public record PersistentSubscriptionSettings(boolean resolveLinkTos, long startFrom, Duration messageTimeout,
                                             boolean extraStatistics, int liveBufferSize, int readBatchSize,
                                             int historyBufferSize, int maxRetryCount, ConsumerStrategy strategy,
                                             Duration checkpointAfter, int minCheckpointCount, int maxCheckpointCount,
                                             int maxSubscriberCount) {
    public static final long DEFAULT_START_FROM = -1;
    public static final Duration DEFAULT_MESSAGE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_LIVE_BUFFER_SIZE = 500;
    public static final int DEFAULT_READ_BATCH_SIZE = 20;
    public static final int DEFAULT_HISTORY_BUFFER_SIZE = 500;
    public static final int DEFAULT_MAX_RETRY_COUNT = 10;
    public static final ConsumerStrategy DEFAULT_STRATEGY = ConsumerStrategy.ROUND_ROBIN;
    public static final Duration DEFAULT_CHECKPOINT_AFTER = Duration.ofSeconds(2);
    public static final int DEFAULT_MIN_CHECKPOINT_COUNT = 10;
    public static final int DEFAULT_MAX_CHECKPOINT_COUNT = 1000;
    public static final int DEFAULT_MAX_SUBSCRIBER_COUNT = 0;

    public PersistentSubscriptionSettings {
        if (startFrom < -1) {
            throw new IllegalArgumentException("startFrom must be -1 (the end), 0 (the start) or an event number, was " + startFrom);
        }
        positiveMillis("messageTimeout", messageTimeout);
        positiveMillis("checkpointAfter", checkpointAfter);
        atLeast("liveBufferSize", liveBufferSize, 1);
        atLeast("readBatchSize", readBatchSize, 1);
        atLeast("historyBufferSize", historyBufferSize, 1);
        atLeast("maxRetryCount", maxRetryCount, 0);
        atLeast("minCheckpointCount", minCheckpointCount, 0);
        atLeast("maxCheckpointCount", maxCheckpointCount, minCheckpointCount);
        atLeast("maxSubscriberCount", maxSubscriberCount, 0);
        Objects.requireNonNull(strategy, "strategy");
    }

    /** The defaults: new events only, round robin, 30 s message timeout, 10 retries. */
    public static PersistentSubscriptionSettings defaults() {
        return new PersistentSubscriptionSettings(false, DEFAULT_START_FROM, DEFAULT_MESSAGE_TIMEOUT, false,
                DEFAULT_LIVE_BUFFER_SIZE, DEFAULT_READ_BATCH_SIZE, DEFAULT_HISTORY_BUFFER_SIZE, DEFAULT_MAX_RETRY_COUNT,
                DEFAULT_STRATEGY, DEFAULT_CHECKPOINT_AFTER, DEFAULT_MIN_CHECKPOINT_COUNT, DEFAULT_MAX_CHECKPOINT_COUNT,
                DEFAULT_MAX_SUBSCRIBER_COUNT);
    }

    public PersistentSubscriptionSettings withStartFromBeginning() {
        return withStartFrom(0);
    }

    public PersistentSubscriptionSettings withStartFrom(long eventNumber) {
        return new PersistentSubscriptionSettings(resolveLinkTos, eventNumber, messageTimeout, extraStatistics, liveBufferSize,
                readBatchSize, historyBufferSize, maxRetryCount, strategy, checkpointAfter, minCheckpointCount,
                maxCheckpointCount, maxSubscriberCount);
    }

    public PersistentSubscriptionSettings withResolveLinkTos(boolean value) {
        return new PersistentSubscriptionSettings(value, startFrom, messageTimeout, extraStatistics, liveBufferSize,
                readBatchSize, historyBufferSize, maxRetryCount, strategy, checkpointAfter, minCheckpointCount,
                maxCheckpointCount, maxSubscriberCount);
    }

    public PersistentSubscriptionSettings withMessageTimeout(Duration value) {
        return new PersistentSubscriptionSettings(resolveLinkTos, startFrom, value, extraStatistics, liveBufferSize,
                readBatchSize, historyBufferSize, maxRetryCount, strategy, checkpointAfter, minCheckpointCount,
                maxCheckpointCount, maxSubscriberCount);
    }

    public PersistentSubscriptionSettings withMaxRetryCount(int value) {
        return new PersistentSubscriptionSettings(resolveLinkTos, startFrom, messageTimeout, extraStatistics, liveBufferSize,
                readBatchSize, historyBufferSize, value, strategy, checkpointAfter, minCheckpointCount,
                maxCheckpointCount, maxSubscriberCount);
    }

    public PersistentSubscriptionSettings withStrategy(ConsumerStrategy value) {
        return new PersistentSubscriptionSettings(resolveLinkTos, startFrom, messageTimeout, extraStatistics, liveBufferSize,
                readBatchSize, historyBufferSize, maxRetryCount, value, checkpointAfter, minCheckpointCount,
                maxCheckpointCount, maxSubscriberCount);
    }

    public PersistentSubscriptionSettings withMaxSubscriberCount(int value) {
        return new PersistentSubscriptionSettings(resolveLinkTos, startFrom, messageTimeout, extraStatistics, liveBufferSize,
                readBatchSize, historyBufferSize, maxRetryCount, strategy, checkpointAfter, minCheckpointCount,
                maxCheckpointCount, value);
    }

    private static void positiveMillis(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.toMillis() < 1 || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms, was " + value);
        }
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }
}
