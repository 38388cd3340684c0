package io.extreme.testkit.fault;

/**
 * Which way bytes travel through a {@link FaultProxy}: from the client to the server, from the
 * server to the client, or both ways.
 */
public enum Direction {
    /** Bytes the client sends to the server: requests, heartbeat responses. */
    TO_SERVER,
    /** Bytes the server sends to the client: replies, pushed events, heartbeat requests. */
    TO_CLIENT,
    /** Both ways at once. */
    BOTH;

    /** Whether this direction includes {@code way}, which is {@link #TO_SERVER} or {@link #TO_CLIENT}. */
    boolean includes(Direction way) {
        return this == BOTH || this == way;
    }
}
