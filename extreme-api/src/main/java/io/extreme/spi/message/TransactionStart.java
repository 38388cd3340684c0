package io.extreme.spi.message;

/**
 * Starts an explicit transaction on a stream.
 *
 * @param expectedVersion checked at commit
 */
public record TransactionStart(String streamId, long expectedVersion, boolean requireMaster) implements Message {
}
