package io.extreme.error;

/**
 * An operation got no answer within the operation timeout.
 */
public class OperationTimeoutException extends ClientSideException {
    private static final long serialVersionUID = 1L;

    public OperationTimeoutException(String message) {
        super(message);
    }

    public OperationTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public OperationTimeoutException copy() {
        return new OperationTimeoutException(getMessage(), this);
    }
}
