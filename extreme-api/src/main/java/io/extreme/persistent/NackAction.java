package io.extreme.persistent;

/** What the server does with events a persistent-subscription consumer refuses. */
public enum NackAction {
    /** Move them to the group's parked-message stream. */
    PARK,
    /** Deliver them again (with the retry count one higher). */
    RETRY,
    /** Count them as handled without handling them. */
    SKIP,
    /** Stop the subscription. */
    STOP
}
