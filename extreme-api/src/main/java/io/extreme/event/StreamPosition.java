package io.extreme.event;

/**
 * A place in one stream, named instead of a sentinel number: {@link #START} (before the first
 * event, or the first event itself for a read), {@link #END} (the last event, for a backward read
 * or a single-event read; "live only" for a subscription) or an event number, {@link #of(long)}.
 *
 * <p>Immutable, with value equality.
 */
public final class StreamPosition {
    /** The start of the stream: its first event, event number 0. */
    public static final StreamPosition START = new StreamPosition(0);
    /** The end of the stream: its last event, whatever its number when the request is served. */
    public static final StreamPosition END = new StreamPosition(-1);

    private final long eventNumber;

    private StreamPosition(long eventNumber) {
        this.eventNumber = eventNumber;
    }

    /**
     * The position of event {@code eventNumber}; {@code of(0)} is {@link #START}.
     *
     * @throws IllegalArgumentException when {@code eventNumber} is negative (use {@link #END} for the last event)
     */
    public static StreamPosition of(long eventNumber) {
        if (eventNumber < 0) {
            throw new IllegalArgumentException("eventNumber must be 0 or more (StreamPosition.END names the last event), was "
                    + eventNumber);
        }
        return eventNumber == 0 ? START : new StreamPosition(eventNumber);
    }

    /**
     * The position just after {@code lastProcessed}, the checkpoint a read model stored: where to
     * go on from. With nothing processed yet, start from {@link #START}.
     *
     * @throws IllegalArgumentException when {@code lastProcessed} is negative
     */
    public static StreamPosition after(long lastProcessed) {
        if (lastProcessed < 0) {
            throw new IllegalArgumentException("lastProcessed must be an event number, 0 or more (with nothing processed yet, "
                    + "start from StreamPosition.START), was " + lastProcessed);
        }
        return of(lastProcessed + 1);
    }

    /** The event number, 0 or more; -1 for {@link #END}, which is what the protocol sends for "last". */
    public long eventNumber() {
        return eventNumber;
    }

    /** Whether this is {@link #START}. */
    public boolean isStart() {
        return eventNumber == 0;
    }

    /** Whether this is {@link #END}. */
    public boolean isEnd() {
        return eventNumber == -1;
    }

    /** The position after this one ({@code of(n + 1)}); END has none. */
    public StreamPosition next() {
        if (isEnd()) {
            throw new IllegalStateException("StreamPosition.END has no next position");
        }
        return new StreamPosition(eventNumber + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamPosition that && that.eventNumber == eventNumber;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(eventNumber);
    }

    @Override
    public String toString() {
        return isEnd() ? "END" : isStart() ? "START" : Long.toString(eventNumber);
    }
}
