package io.extreme;

/**
 * A node did not handle the request (not ready, too busy, not the master) and the retries ran out.
 */
public class NotHandledException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public NotHandledException(String message) {
        super(message);
    }

    public NotHandledException(String message, Throwable cause) {
        super(message, cause);
    }
}
