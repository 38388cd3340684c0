package io.extreme.spi.message;

/**
 * The outcome of {@link TransactionCommit}.
 *
 * @param message or null
 * @param preparePosition or null
 * @param commitPosition or null
 */
public record TransactionCommitCompleted(long transactionId, OperationResult result, String message, long firstEventNumber, long lastEventNumber, Long preparePosition, Long commitPosition) implements Message {
}
