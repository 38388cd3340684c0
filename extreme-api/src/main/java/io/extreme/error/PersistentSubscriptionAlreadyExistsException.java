package io.extreme.error;

/**
 * A persistent subscription group with that name already exists on the stream.
 */
public class PersistentSubscriptionAlreadyExistsException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionAlreadyExistsException(String message) {
        super(message);
    }
}
