package io.extreme.error;

/**
 * No persistent subscription group with that name exists on the stream.
 */
public class PersistentSubscriptionNotFoundException extends PersistentSubscriptionException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionNotFoundException(String message) {
        super(message);
    }

    private PersistentSubscriptionNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public PersistentSubscriptionNotFoundException copy() {
        return new PersistentSubscriptionNotFoundException(getMessage(), this);
    }
}
