package io.extreme.error;

/**
 * The server refused a persistent subscription change (for example a bad stream name or strategy); the message is its reason.
 */
public class PersistentSubscriptionFailedException extends PersistentSubscriptionException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionFailedException(String message) {
        super(message);
    }

    private PersistentSubscriptionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public PersistentSubscriptionFailedException copy() {
        return new PersistentSubscriptionFailedException(getMessage(), this);
    }
}
