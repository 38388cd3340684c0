package io.extreme.spi.message;

/**
 * The outcome of {@link TransactionWrite}.
 *
 * @param message or null
 */
public record TransactionWriteCompleted(long transactionId, OperationResult result, String message) implements Message {
}
