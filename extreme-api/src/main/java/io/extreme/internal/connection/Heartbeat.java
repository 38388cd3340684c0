package io.extreme.internal.connection;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.error.HeartbeatTimeoutException;
import io.extreme.spi.TransportConnection;

/**
 * Connection liveness: any whole frame received proves the peer alive (bytes that never make a
 * frame do not: a storm of mutated frames found a stream that had gone astray kept alive by its
 * bytes while every call on it waited, FrameStormTest); after
 * {@link ExtremeSettings#heartbeatInterval()} of silence the client asks with a HeartbeatRequest,
 * and if the silence lasts {@link ExtremeSettings#heartbeatTimeout()} more, the connection is
 * dead. Engine thread only.
 *
 * <p>When a frame last arrived is the transport's record ({@link TransportConnection#lastReceivedNanos}),
 * stamped as it reads, not the time the engine thread got round to a frame: an engine that is
 * behind must not take its own delay for the peer's silence. Silence while the client itself
 * had reading suspended is not the peer's either, so the clock starts again from the resume.
 * Meanwhile the peer's own HeartbeatRequests wait unread behind the data, so the client asks
 * every interval instead: a server takes any bytes from the client as its life (PROTOCOL.md §4.4).
 */
final class Heartbeat {
    enum Verdict { FINE, SEND, DEAD }

    private final long intervalNanos;
    private final long timeoutNanos;
    /** For the message of a dead connection, as the settings say it. */
    private final long timeoutMillis;
    /** The clock's start: the connection's opening, or the last resume of reading. */
    private long since;
    private boolean asked;
    private long askedAt;
    /** When the client last asked while its reading was held back. */
    private long heldAskedAt;

    Heartbeat(ExtremeSettings settings) {
        intervalNanos = settings.heartbeatInterval().toNanos();
        timeoutNanos = settings.heartbeatTimeout().toNanos();
        timeoutMillis = settings.heartbeatTimeout().toMillis();
    }

    /** Starts the clock again at {@code now}, as if the peer had just been heard: a new connection, or reading resumed. */
    void restart(long now) {
        since = now;
        asked = false;
        heldAskedAt = now;
    }

    /**
     * The verdict at {@code now}, given when bytes last arrived ({@code lastReceived}) and when
     * reading was last resumed ({@code resumedAt}), whichever is later counts; {@code held} while
     * our own gate holds reading back, when the peer is never found dead and is asked every interval.
     */
    Verdict check(long now, long lastReceived, long resumedAt, boolean held) {
        if (held) {
            since = now;
            asked = false;
            if (now - heldAskedAt >= intervalNanos) {
                heldAskedAt = now;
                return Verdict.SEND;
            }
            return Verdict.FINE;
        }
        heldAskedAt = now; // the gate's own request goes as it suspends: the next one is an interval on
        since = later(since, later(lastReceived, resumedAt));
        if (asked && since - askedAt >= 0) {
            asked = false; // heard from since we asked
        }
        if (!asked) {
            if (now - since >= intervalNanos) {
                asked = true;
                askedAt = now;
                return Verdict.SEND;
            }
            return Verdict.FINE;
        }
        return now - askedAt >= timeoutNanos ? Verdict.DEAD : Verdict.FINE;
    }

    /** The later of two {@link System#nanoTime()} readings. */
    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    /** Why a connection found {@link Verdict#DEAD} is let go. */
    HeartbeatTimeoutException dead(Endpoint endpoint) {
        return new HeartbeatTimeoutException("No data from " + endpoint + " within the heartbeat timeout ("
                + timeoutMillis + " ms).");
    }
}
