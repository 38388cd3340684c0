package io.extreme.error;

/**
 * An operation was refused before it was sent: {@link io.extreme.ExtremeSettings#maxQueueSize()} operations
 * were already waiting to be sent (the client is reconnecting, or at its in-flight limit). Nothing
 * was sent; the operation may be tried again later.
 */
public class OperationQueueFullException extends ClientSideException {
    private static final long serialVersionUID = 1L;

    public OperationQueueFullException(String message) {
        super(message);
    }

    private OperationQueueFullException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public OperationQueueFullException copy() {
        return new OperationQueueFullException(getMessage(), this);
    }
}
