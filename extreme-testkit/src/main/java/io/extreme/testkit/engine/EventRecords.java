package io.extreme.testkit.engine;

import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.time.Instant;

/**
 * Turns stored events into the protocol's event records, with the fields the server sets:
 * both content types from the JSON flag, metadata always present (empty when none was written),
 * {@code created} in .NET ticks and {@code created_epoch} in Unix milliseconds (PROTOCOL.md §9).
 */
final class EventRecords {
    /** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
    private static final long TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000L;

    /** What failed reads carry: an event with neither part. */
    static final ResolvedIndexedEvent NO_EVENT = new ResolvedIndexedEvent(null, null);

    private EventRecords() {
    }

    static EventRecord toRecord(StoredEvent event) {
        int contentType = event.json() ? 1 : 0;
        return new EventRecord(event.streamId(), event.eventNumber(), event.eventId(), event.eventType(),
                contentType, contentType, event.data(), event.metadata(),
                ticks(event.created()), event.created().toEpochMilli());
    }

    /** The event as a stream read returns it when links are not resolved. */
    static ResolvedIndexedEvent unresolved(StoredEvent event) {
        return new ResolvedIndexedEvent(toRecord(event), null);
    }

    /** A stream read's event as {@code $all} reads and subscriptions carry it, with positions. */
    static WireResolvedEvent withPosition(ResolvedIndexedEvent resolved, StoredEvent original) {
        return new WireResolvedEvent(resolved.event(), resolved.link(), original.commitStart(), original.prepareStart());
    }

    static long ticks(Instant instant) {
        return TICKS_AT_UNIX_EPOCH + instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100;
    }
}
