package io.extreme.testkit.engine;

import java.time.Instant;
import java.util.UUID;

/**
 * One committed event as the log holds it, with the start and end of its records. A plain write
 * commits each event by itself, so its commit and prepare records are the same record; a
 * transaction's events share the commit record and keep their own, earlier prepare records.
 * Keeping both ends of both records lets {@code $all} reads compute their resume points the way
 * the real server does (pre-positions forward, post-positions backward).
 *
 * @param json          whether the data was flagged JSON (content type 1); both content types on
 *                      the wire are derived from it, as the server does
 * @param metadata      never null: absent metadata is stored empty, as the server answers it
 * @param created       when the event's prepare record was written
 * @param prepareStart  where the prepare record starts: the event's prepare position
 * @param prepareEnd    where it ends
 * @param commitStart   where the commit record starts: the event's commit position
 * @param commitEnd     where the commit record ends
 */
record StoredEvent(String streamId, long eventNumber, UUID eventId, String eventType, boolean json,
                   byte[] data, byte[] metadata, Instant created,
                   long prepareStart, long prepareEnd, long commitStart, long commitEnd) {

    /** Whether the event committed itself (a plain write) rather than through a transaction. */
    boolean selfCommitted() {
        return commitStart == prepareStart;
    }

    boolean isLink() {
        return SystemNames.LINK_EVENT_TYPE.equals(eventType);
    }

    /** The event's position in {@code $all}, compared with where a forward read starts. */
    LogPosition position() {
        return new LogPosition(commitStart, prepareStart);
    }

    /** Compared with where a backward read starts: backward positions point after records. */
    LogPosition backwardPosition() {
        return new LogPosition(commitEnd, prepareEnd);
    }

    /**
     * Where a forward read resumes after this event: after its record with prepare 0 for a plain
     * write (4.1.4 answers prepare 0 there, PROTOCOL.md §12.1 #5), inside the commit otherwise.
     */
    LogPosition nextForward() {
        return selfCommitted() ? new LogPosition(prepareEnd, 0) : new LogPosition(commitStart, prepareEnd);
    }

    /** Where a backward read resumes after this event: just before its record. */
    LogPosition nextBackward() {
        return selfCommitted() ? new LogPosition(prepareStart, prepareStart) : new LogPosition(commitEnd, prepareStart);
    }
}
