package io.extreme.error;

/**
 * The server refused a persistent subscription change (for example a bad stream name or strategy); the message is its reason.
 */
public class PersistentSubscriptionFailedException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionFailedException(String message) {
        super(message);
    }
}
