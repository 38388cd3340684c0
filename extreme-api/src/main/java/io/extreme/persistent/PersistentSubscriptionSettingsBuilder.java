package io.extreme.persistent;

import io.extreme.event.StreamPosition;
import java.time.Duration;

/**
 * Builds {@link PersistentSubscriptionSettings}: starts from the defaults (or from the settings
 * {@link PersistentSubscriptionSettings#toBuilder()} was called on), and {@link #build()} checks
 * every value, naming the one that is out of range. Not thread-safe; the settings it builds are.
 */
public final class PersistentSubscriptionSettingsBuilder {
    // Read by the settings' constructor, which checks them all in one place.
    boolean resolveLinkTos;
    StreamPosition startFrom = PersistentSubscriptionSettings.DEFAULT_START_FROM;
    Duration messageTimeout = PersistentSubscriptionSettings.DEFAULT_MESSAGE_TIMEOUT;
    boolean extraStatistics;
    int liveBufferSize = PersistentSubscriptionSettings.DEFAULT_LIVE_BUFFER_SIZE;
    int readBatchSize = PersistentSubscriptionSettings.DEFAULT_READ_BATCH_SIZE;
    int historyBufferSize = PersistentSubscriptionSettings.DEFAULT_HISTORY_BUFFER_SIZE;
    int maxRetryCount = PersistentSubscriptionSettings.DEFAULT_MAX_RETRY_COUNT;
    ConsumerStrategy strategy = PersistentSubscriptionSettings.DEFAULT_STRATEGY;
    Duration checkpointAfter = PersistentSubscriptionSettings.DEFAULT_CHECKPOINT_AFTER;
    int minCheckpointCount = PersistentSubscriptionSettings.DEFAULT_MIN_CHECKPOINT_COUNT;
    int maxCheckpointCount = PersistentSubscriptionSettings.DEFAULT_MAX_CHECKPOINT_COUNT;
    int maxSubscriberCount = PersistentSubscriptionSettings.DEFAULT_MAX_SUBSCRIBER_COUNT;

    PersistentSubscriptionSettingsBuilder() {
    }

    PersistentSubscriptionSettingsBuilder(PersistentSubscriptionSettings s) {
        resolveLinkTos = s.resolveLinkTos();
        startFrom = s.startFrom();
        messageTimeout = s.messageTimeout();
        extraStatistics = s.extraStatistics();
        liveBufferSize = s.liveBufferSize();
        readBatchSize = s.readBatchSize();
        historyBufferSize = s.historyBufferSize();
        maxRetryCount = s.maxRetryCount();
        strategy = s.strategy();
        checkpointAfter = s.checkpointAfter();
        minCheckpointCount = s.minCheckpointCount();
        maxCheckpointCount = s.maxCheckpointCount();
        maxSubscriberCount = s.maxSubscriberCount();
    }

    /** Whether link events are resolved; default false. */
    public PersistentSubscriptionSettingsBuilder resolveLinkTos(boolean value) {
        resolveLinkTos = value;
        return this;
    }

    /** Where a new group starts; default {@link StreamPosition#END}, new events only. */
    public PersistentSubscriptionSettingsBuilder startFrom(StreamPosition value) {
        startFrom = value;
        return this;
    }

    /**
     * Starts a new group at event {@code eventNumber}.
     *
     * @throws IllegalArgumentException when it is negative: {@link StreamPosition#END} names "new events only"
     */
    public PersistentSubscriptionSettingsBuilder startFrom(long eventNumber) {
        if (eventNumber < 0) {
            throw new IllegalArgumentException("startFrom must be an event number, 0 or more "
                    + "(StreamPosition.END for new events only), was " + eventNumber);
        }
        return startFrom(StreamPosition.of(eventNumber));
    }

    /** How long an event may stay unacknowledged; 1 ms to {@code Integer.MAX_VALUE} ms, default 30 s. */
    public PersistentSubscriptionSettingsBuilder messageTimeout(Duration value) {
        messageTimeout = value;
        return this;
    }

    /** Whether the server records latency statistics; default false. */
    public PersistentSubscriptionSettingsBuilder extraStatistics(boolean value) {
        extraStatistics = value;
        return this;
    }

    /** Live events buffered per group; at least 1, default 500. */
    public PersistentSubscriptionSettingsBuilder liveBufferSize(int value) {
        liveBufferSize = value;
        return this;
    }

    /** Events read at a time while catching up; at least 1, default 20. */
    public PersistentSubscriptionSettingsBuilder readBatchSize(int value) {
        readBatchSize = value;
        return this;
    }

    /** Events kept while catching up; at least 1, default 500. */
    public PersistentSubscriptionSettingsBuilder historyBufferSize(int value) {
        historyBufferSize = value;
        return this;
    }

    /** Deliveries before an event is parked; 0 or more, default 10. */
    public PersistentSubscriptionSettingsBuilder maxRetryCount(int value) {
        maxRetryCount = value;
        return this;
    }

    /** How events are shared among consumers; default round robin. */
    public PersistentSubscriptionSettingsBuilder strategy(ConsumerStrategy value) {
        strategy = value;
        return this;
    }

    /** How often the group checkpoints at most; 1 ms to {@code Integer.MAX_VALUE} ms, default 2 s. */
    public PersistentSubscriptionSettingsBuilder checkpointAfter(Duration value) {
        checkpointAfter = value;
        return this;
    }

    /** Acknowledged events before a checkpoint is written; 0 or more, default 10. */
    public PersistentSubscriptionSettingsBuilder minCheckpointCount(int value) {
        minCheckpointCount = value;
        return this;
    }

    /** Acknowledged events that force a checkpoint; at least the minimum, default 1000. */
    public PersistentSubscriptionSettingsBuilder maxCheckpointCount(int value) {
        maxCheckpointCount = value;
        return this;
    }

    /** Consumers allowed at once; 0 (the default) for no limit. */
    public PersistentSubscriptionSettingsBuilder maxSubscriberCount(int value) {
        maxSubscriberCount = value;
        return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException naming the first value out of range
     * @throws NullPointerException     naming the first value that is null
     */
    public PersistentSubscriptionSettings build() {
        return new PersistentSubscriptionSettings(this);
    }
}
