package io.extreme.error;

/**
 * No persistent subscription group with that name exists on the stream.
 */
public class PersistentSubscriptionNotFoundException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionNotFoundException(String message) {
        super(message);
    }
}
