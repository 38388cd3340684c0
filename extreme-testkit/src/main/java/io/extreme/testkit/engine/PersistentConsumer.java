package io.extreme.testkit.engine;

import java.util.UUID;

/**
 * One client connected to a persistent subscription group (PROTOCOL.md §4.11): where its pushes
 * go (the session and the correlation id it connected with) and how many messages it may hold
 * unacknowledged, its "buffer size".
 */
final class PersistentConsumer {
    private final EngineSession session;
    private final UUID correlationId;
    private final int allowedInFlightMessages;
    private int inFlight;

    PersistentConsumer(EngineSession session, UUID correlationId, int allowedInFlightMessages) {
        this.session = session;
        this.correlationId = correlationId;
        this.allowedInFlightMessages = allowedInFlightMessages;
    }

    EngineSession session() {
        return session;
    }

    UUID correlationId() {
        return correlationId;
    }

    /** Whether the server may push it one more message now. */
    boolean hasFreeSlot() {
        return inFlight < allowedInFlightMessages;
    }

    void taken() {
        inFlight++;
    }

    /** One of its messages was acked, naked, timed out or taken back. */
    void released() {
        inFlight = Math.max(0, inFlight - 1);
    }
}
