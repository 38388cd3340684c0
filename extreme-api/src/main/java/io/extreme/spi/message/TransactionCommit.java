package io.extreme.spi.message;

/**
 * Commits a transaction.
 */
public record TransactionCommit(long transactionId, boolean requireMaster) implements Message {
}
