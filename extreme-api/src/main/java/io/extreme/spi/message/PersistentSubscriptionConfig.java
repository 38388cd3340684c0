package io.extreme.spi.message;

/**
 * The settings of a persistent subscription group, as on the wire.
 *
 * @param startFrom -1 from now, 0 from the start
 * @param namedConsumerStrategy or null
 */
public record PersistentSubscriptionConfig(boolean resolveLinkTos, long startFrom, int messageTimeoutMilliseconds, boolean recordStatistics, int liveBufferSize, int readBatchSize, int bufferSize, int maxRetryCount, boolean preferRoundRobin, int checkpointAfterTime, int checkpointMaxCount, int checkpointMinCount, int subscriberMaxCount, String namedConsumerStrategy) {
}
