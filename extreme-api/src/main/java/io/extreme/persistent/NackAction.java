package io.extreme.persistent;

/** What the server does with events a persistent-subscription consumer refuses. */
public enum NackAction {
    /** Move them to the group's parked-message stream. */
    PARK,
    /** Deliver them again (with the retry count one higher). */
    RETRY,
    /** Count them as handled without handling them. */
    SKIP,
    /**
     * Meant to stop the subscription, but EventStore 3.9.3 and 4.1.4 do nothing for it and then
     * count the events as handled, as {@link #SKIP} does: the consumer stays connected and the
     * events are not delivered again. To stop, close the subscription instead.
     */
    STOP
}
