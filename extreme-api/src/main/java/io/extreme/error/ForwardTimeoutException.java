package io.extreme.error;

/**
 * A cluster node timed out forwarding a write to the master.
 */
public class ForwardTimeoutException extends ServerTimeoutException {
    private static final long serialVersionUID = 1L;

    public ForwardTimeoutException(String message) {
        super(message);
    }

    public ForwardTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ForwardTimeoutException copy() {
        return new ForwardTimeoutException(getMessage(), this);
    }
}
