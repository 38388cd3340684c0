package io.extreme.error;

/**
 * The group of failures about persistent subscription groups: one that already exists, one that
 * does not, a change the server refused, and a group deleted while consumers were connected.
 */
public abstract class PersistentSubscriptionException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    protected PersistentSubscriptionException(String message) {
        super(message);
    }

    protected PersistentSubscriptionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A subclass copies itself as its own class, so a catch of the subclass still matches. */
    @Override
    public abstract PersistentSubscriptionException copy();
}
