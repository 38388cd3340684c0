package io.extreme.error;

/**
 * The server refused a transaction step: the transaction is unknown or no longer open.
 */
public class InvalidTransactionException extends StreamStateException {
    private static final long serialVersionUID = 1L;

    public InvalidTransactionException(String message) {
        super(message);
    }

    public InvalidTransactionException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public InvalidTransactionException copy() {
        return new InvalidTransactionException(getMessage(), this);
    }
}
