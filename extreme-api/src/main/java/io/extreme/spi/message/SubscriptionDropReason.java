package io.extreme.spi.message;

/** Why the server ended a subscription. Constants are in wire order: the ordinal is the code. */
public enum SubscriptionDropReason {
    UNSUBSCRIBED,
    ACCESS_DENIED,
    NOT_FOUND,
    PERSISTENT_SUBSCRIPTION_DELETED,
    SUBSCRIBER_MAX_COUNT_REACHED;

    private static final SubscriptionDropReason[] ALL = values();

    /** The value on the wire. */
    public int code() {
        return ordinal();
    }

    /** The constant for a wire value, or {@code null} when the value is unknown. */
    public static SubscriptionDropReason fromCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
