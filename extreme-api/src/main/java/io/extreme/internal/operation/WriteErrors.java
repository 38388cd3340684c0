package io.extreme.internal.operation;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.CommitTimeoutException;
import io.extreme.error.ExtremeException;
import io.extreme.error.ForwardTimeoutException;
import io.extreme.error.InvalidTransactionException;
import io.extreme.error.PrepareTimeoutException;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.WrongExpectedVersionException;
import io.extreme.spi.message.OperationResult;

/**
 * The exception for each failed {@link OperationResult}, and which ones are worth a retry.
 */
final class WriteErrors {
    private WriteErrors() {
    }

    /** Server-side timeouts: the write may not have happened; the engine sends it again. */
    static boolean isRetryable(OperationResult result) {
        return result == OperationResult.PREPARE_TIMEOUT || result == OperationResult.COMMIT_TIMEOUT
                || result == OperationResult.FORWARD_TIMEOUT;
    }

    /**
     * The outcome of a write that did not succeed: a retry for the server's timeouts (failing
     * with the timeout once retries run out), else the failure.
     */
    static <T> Outcome<T> notDone(OperationResult result, String what, String stream, long expectedVersion,
                                  Long currentVersion, String serverMessage) {
        ExtremeException error = of(result, what, stream, expectedVersion, currentVersion, serverMessage);
        return isRetryable(result) ? Outcome.retry(result.name(), error) : Outcome.fail(error);
    }

    static ExtremeException of(OperationResult result, String what, String stream, long expectedVersion,
                               Long currentVersion, String serverMessage) {
        String words = serverMessage == null || serverMessage.isEmpty() ? "" : ": " + serverMessage;
        return switch (result) {
            case WRONG_EXPECTED_VERSION -> new WrongExpectedVersionException(stream, expectedVersion, currentVersion, serverMessage);
            case STREAM_DELETED -> new StreamDeletedException(stream);
            case ACCESS_DENIED -> new AccessDeniedException("Access denied to " + what + words);
            case INVALID_TRANSACTION -> new InvalidTransactionException("Invalid transaction in " + what + words);
            case PREPARE_TIMEOUT -> new PrepareTimeoutException("Prepare timeout in " + what + words);
            case COMMIT_TIMEOUT -> new CommitTimeoutException("Commit timeout in " + what + words);
            case FORWARD_TIMEOUT -> new ForwardTimeoutException("Forward timeout in " + what + words);
            case SUCCESS -> throw new IllegalArgumentException("success is not an error");
        };
    }
}
