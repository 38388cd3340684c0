package io.extreme.event;

/** Which way a read walks a stream or {@code $all}: from older to newer events, or back. */
public enum Direction {
    /** From older to newer events: event numbers and positions grow. */
    FORWARD,
    /** From newer to older events. */
    BACKWARD
}
