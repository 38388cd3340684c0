package io.extreme.error;

/**
 * The server timed out committing a write.
 */
public class CommitTimeoutException extends ServerTimeoutException {
    private static final long serialVersionUID = 1L;

    public CommitTimeoutException(String message) {
        super(message);
    }

    public CommitTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public CommitTimeoutException copy() {
        return new CommitTimeoutException(getMessage(), this);
    }
}
