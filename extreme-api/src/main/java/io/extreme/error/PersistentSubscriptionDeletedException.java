package io.extreme.error;

/**
 * The persistent subscription group was deleted on the server while this consumer was connected
 * to it: the consumer is dropped ({@link io.extreme.subscription.DropReason#PERSISTENT_SUBSCRIPTION_DELETED})
 * and reconnecting to the same group fails until it is created again.
 */
public class PersistentSubscriptionDeletedException extends PersistentSubscriptionException {
    private static final long serialVersionUID = 1L;

    public PersistentSubscriptionDeletedException(String message) {
        super(message);
    }

    public PersistentSubscriptionDeletedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public PersistentSubscriptionDeletedException copy() {
        return new PersistentSubscriptionDeletedException(getMessage(), this);
    }
}
