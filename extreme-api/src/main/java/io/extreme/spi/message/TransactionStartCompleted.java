package io.extreme.spi.message;

/**
 * The outcome of {@link TransactionStart}.
 *
 * @param message or null
 */
public record TransactionStartCompleted(long transactionId, OperationResult result, String message) implements Message {
}
