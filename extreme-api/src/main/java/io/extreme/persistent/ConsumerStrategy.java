package io.extreme.persistent;

/** How a persistent subscription group shares events among its consumers. */
public enum ConsumerStrategy {
    /** Each event to the next consumer in turn that has room. */
    ROUND_ROBIN("RoundRobin"),
    /** Every event to the first consumer until it is full, then the next. */
    DISPATCH_TO_SINGLE("DispatchToSingle"),
    /** Events of one source stream to the same consumer, as far as possible (EventStore 3.4+). */
    PINNED("Pinned");

    private final String wireName;

    ConsumerStrategy(String wireName) {
        this.wireName = wireName;
    }

    /** The name EventStore uses. */
    public String wireName() {
        return wireName;
    }
}
