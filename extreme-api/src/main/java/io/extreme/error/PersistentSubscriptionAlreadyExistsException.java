package io.extreme.error;

/**
 * A persistent subscription group with that name already exists on the stream.
 */
public class PersistentSubscriptionAlreadyExistsException extends PersistentSubscriptionException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionAlreadyExistsException(String message) {
        super(message);
    }

    private PersistentSubscriptionAlreadyExistsException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public PersistentSubscriptionAlreadyExistsException copy() {
        return new PersistentSubscriptionAlreadyExistsException(getMessage(), this);
    }
}
