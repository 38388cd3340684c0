package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.HeartbeatTimeoutException;

/**
 * Connection liveness: any frame received proves the peer alive; after
 * {@link ExtremeSettings#heartbeatInterval()} of silence the client asks with a HeartbeatRequest,
 * and if the silence lasts {@link ExtremeSettings#heartbeatTimeout()} more, the connection is
 * dead. Engine thread only.
 */
final class Heartbeat {
    enum Verdict { FINE, SEND, DEAD }

    private final long intervalNanos;
    private final long timeoutNanos;
    /** For the message of a dead connection, as the settings say it. */
    private final long timeoutMillis;
    private long lastReceived;
    private boolean asked;
    private long askedAt;

    Heartbeat(ExtremeSettings settings) {
        intervalNanos = settings.heartbeatInterval().toNanos();
        timeoutNanos = settings.heartbeatTimeout().toNanos();
        timeoutMillis = settings.heartbeatTimeout().toMillis();
    }

    void received(long now) {
        lastReceived = now;
        asked = false;
    }

    Verdict check(long now) {
        if (!asked) {
            if (now - lastReceived >= intervalNanos) {
                asked = true;
                askedAt = now;
                return Verdict.SEND;
            }
            return Verdict.FINE;
        }
        return now - askedAt >= timeoutNanos ? Verdict.DEAD : Verdict.FINE;
    }

    /** Why a connection found {@link Verdict#DEAD} is let go. */
    HeartbeatTimeoutException dead(Endpoint endpoint) {
        return new HeartbeatTimeoutException("No data from " + endpoint + " within the heartbeat timeout ("
                + timeoutMillis + " ms).");
    }
}
