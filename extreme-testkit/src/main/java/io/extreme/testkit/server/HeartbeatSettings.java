package io.extreme.testkit.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The server side of heartbeats (PROTOCOL.md §4.4): after {@code interval} without receiving
 * anything the server sends a HeartbeatRequest, and if nothing arrives within {@code timeout}
 * after that it closes the connection, without a message.
 *
 * @param interval silence before the server asks; a real external TCP interface uses 2 s
 * @param timeout  further silence before the server closes; a real server uses 1 s
 */
public record HeartbeatSettings(Duration interval, Duration timeout) {
    /** What a real EventStore uses on its external TCP interface: 2 s, then 1 s. */
    public static final HeartbeatSettings EVENTSTORE = new HeartbeatSettings(Duration.ofSeconds(2), Duration.ofSeconds(1));

    public HeartbeatSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("heartbeat interval and timeout must be positive, were "
                    + interval + " and " + timeout);
        }
    }
}
