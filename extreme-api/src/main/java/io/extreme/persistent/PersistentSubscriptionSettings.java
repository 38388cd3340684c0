package io.extreme.persistent;

import io.extreme.event.StreamPosition;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a persistent subscription group: where it starts, how it retries, buffers and
 * checkpoints, and how it shares events among consumers. Immutable, with value equality; defaults
 * as EventStore's own clients, each a named constant. Make one with {@link #builder()} (or start
 * from {@link #defaults()} and a {@code with…} method), change one with {@link #toBuilder()}.
 */
public final class PersistentSubscriptionSettings {
    /** New events only: the group starts after the stream's last event when it is created. */
    public static final StreamPosition DEFAULT_START_FROM = StreamPosition.END;
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

    private static final PersistentSubscriptionSettings DEFAULTS = new PersistentSubscriptionSettings(builder());

    private final boolean resolveLinkTos;
    private final StreamPosition startFrom;
    private final Duration messageTimeout;
    private final boolean extraStatistics;
    private final int liveBufferSize;
    private final int readBatchSize;
    private final int historyBufferSize;
    private final int maxRetryCount;
    private final ConsumerStrategy strategy;
    private final Duration checkpointAfter;
    private final int minCheckpointCount;
    private final int maxCheckpointCount;
    private final int maxSubscriberCount;

    PersistentSubscriptionSettings(PersistentSubscriptionSettingsBuilder b) {
        startFrom = Objects.requireNonNull(b.startFrom, "startFrom");
        messageTimeout = positiveMillis("messageTimeout", b.messageTimeout);
        checkpointAfter = positiveMillis("checkpointAfter", b.checkpointAfter);
        liveBufferSize = atLeast("liveBufferSize", b.liveBufferSize, 1);
        readBatchSize = atLeast("readBatchSize", b.readBatchSize, 1);
        historyBufferSize = atLeast("historyBufferSize", b.historyBufferSize, 1);
        maxRetryCount = atLeast("maxRetryCount", b.maxRetryCount, 0);
        minCheckpointCount = atLeast("minCheckpointCount", b.minCheckpointCount, 0);
        maxCheckpointCount = atLeast("maxCheckpointCount", b.maxCheckpointCount, minCheckpointCount);
        maxSubscriberCount = atLeast("maxSubscriberCount", b.maxSubscriberCount, 0);
        strategy = Objects.requireNonNull(b.strategy, "strategy");
        resolveLinkTos = b.resolveLinkTos;
        extraStatistics = b.extraStatistics;
    }

    /** A builder holding the defaults. */
    public static PersistentSubscriptionSettingsBuilder builder() {
        return new PersistentSubscriptionSettingsBuilder();
    }

    /** The defaults: new events only, round robin, 30 s message timeout, 10 retries. */
    public static PersistentSubscriptionSettings defaults() {
        return DEFAULTS;
    }

    /** A builder holding these settings, to change some of them. */
    public PersistentSubscriptionSettingsBuilder toBuilder() {
        return new PersistentSubscriptionSettingsBuilder(this);
    }

    /** Whether link events are resolved to the events they point at. */
    public boolean resolveLinkTos() {
        return resolveLinkTos;
    }

    /** Where a new group starts: {@link StreamPosition#END} for new events only, START, or an event number. */
    public StreamPosition startFrom() {
        return startFrom;
    }

    /** How long an event may stay unacknowledged before it is sent again. */
    public Duration messageTimeout() {
        return messageTimeout;
    }

    /** Whether the server records latency statistics. */
    public boolean extraStatistics() {
        return extraStatistics;
    }

    /** Live events the server buffers per group. */
    public int liveBufferSize() {
        return liveBufferSize;
    }

    /** Events the server reads at a time while catching up. */
    public int readBatchSize() {
        return readBatchSize;
    }

    /** Events the server keeps while catching up. */
    public int historyBufferSize() {
        return historyBufferSize;
    }

    /** Deliveries before an event is parked. */
    public int maxRetryCount() {
        return maxRetryCount;
    }

    /** How events are shared among consumers. */
    public ConsumerStrategy strategy() {
        return strategy;
    }

    /** How often the group checkpoints at most. */
    public Duration checkpointAfter() {
        return checkpointAfter;
    }

    /** Events acknowledged before a checkpoint is written. */
    public int minCheckpointCount() {
        return minCheckpointCount;
    }

    /** Events acknowledged after which a checkpoint is forced. */
    public int maxCheckpointCount() {
        return maxCheckpointCount;
    }

    /** Consumers allowed at once; 0 for no limit. */
    public int maxSubscriberCount() {
        return maxSubscriberCount;
    }

    /** These settings, starting from the stream's first event. */
    public PersistentSubscriptionSettings withStartFromBeginning() {
        return withStartFrom(StreamPosition.START);
    }

    /** These settings, starting at {@code position}. */
    public PersistentSubscriptionSettings withStartFrom(StreamPosition position) {
        return toBuilder().startFrom(position).build();
    }

    /** These settings, starting at event {@code eventNumber} (0 or more). */
    public PersistentSubscriptionSettings withStartFrom(long eventNumber) {
        return toBuilder().startFrom(eventNumber).build();
    }

    /** These settings, with links resolved or not. */
    public PersistentSubscriptionSettings withResolveLinkTos(boolean value) {
        return toBuilder().resolveLinkTos(value).build();
    }

    /** These settings with another message timeout. */
    public PersistentSubscriptionSettings withMessageTimeout(Duration value) {
        return toBuilder().messageTimeout(value).build();
    }

    /** These settings with another retry count. */
    public PersistentSubscriptionSettings withMaxRetryCount(int value) {
        return toBuilder().maxRetryCount(value).build();
    }

    /** These settings with another consumer strategy. */
    public PersistentSubscriptionSettings withStrategy(ConsumerStrategy value) {
        return toBuilder().strategy(value).build();
    }

    /** These settings with another consumer limit. */
    public PersistentSubscriptionSettings withMaxSubscriberCount(int value) {
        return toBuilder().maxSubscriberCount(value).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersistentSubscriptionSettings that && resolveLinkTos == that.resolveLinkTos
                && startFrom.equals(that.startFrom) && messageTimeout.equals(that.messageTimeout)
                && extraStatistics == that.extraStatistics && liveBufferSize == that.liveBufferSize
                && readBatchSize == that.readBatchSize && historyBufferSize == that.historyBufferSize
                && maxRetryCount == that.maxRetryCount && strategy == that.strategy
                && checkpointAfter.equals(that.checkpointAfter) && minCheckpointCount == that.minCheckpointCount
                && maxCheckpointCount == that.maxCheckpointCount && maxSubscriberCount == that.maxSubscriberCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(resolveLinkTos, startFrom, messageTimeout, extraStatistics, liveBufferSize, readBatchSize,
                historyBufferSize, maxRetryCount, strategy, checkpointAfter, minCheckpointCount, maxCheckpointCount,
                maxSubscriberCount);
    }

    @Override
    public String toString() {
        return "PersistentSubscriptionSettings[startFrom=" + startFrom + ", resolveLinkTos=" + resolveLinkTos
                + ", messageTimeout=" + messageTimeout + ", extraStatistics=" + extraStatistics
                + ", liveBufferSize=" + liveBufferSize + ", readBatchSize=" + readBatchSize
                + ", historyBufferSize=" + historyBufferSize + ", maxRetryCount=" + maxRetryCount
                + ", strategy=" + strategy + ", checkpointAfter=" + checkpointAfter
                + ", minCheckpointCount=" + minCheckpointCount + ", maxCheckpointCount=" + maxCheckpointCount
                + ", maxSubscriberCount=" + maxSubscriberCount + "]";
    }

    private static Duration positiveMillis(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.toMillis() < 1 || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms, was " + value);
        }
        return value;
    }

    private static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
        return value;
    }
}
