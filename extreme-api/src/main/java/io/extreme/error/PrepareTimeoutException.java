package io.extreme.error;

/**
 * The server timed out writing the prepare records.
 */
public class PrepareTimeoutException extends ServerTimeoutException {
    private static final long serialVersionUID = 1L;

    public PrepareTimeoutException(String message) {
        super(message);
    }

    public PrepareTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public PrepareTimeoutException copy() {
        return new PrepareTimeoutException(getMessage(), this);
    }
}
