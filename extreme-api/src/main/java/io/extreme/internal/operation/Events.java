package io.extreme.internal.operation;

import io.extreme.event.EventData;
import io.extreme.event.Position;
import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.WireResolvedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Converts events between the public model and the protocol-neutral messages. */
public final class Events {
    /** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
    private static final long TICKS_AT_EPOCH = 621_355_968_000_000_000L;
    /** The UTC-kind flag .NET's DateTime.ToBinary() may set in the top bits. */
    private static final long TICKS_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private Events() {
    }

    /** An immutable list, which the request's own {@code List.copyOf} keeps as it is instead of copying. */
    static List<NewEvent> toNew(List<EventData> events) {
        // One snapshot of the caller's list, whatever its kind (a linked one, or one that changes meanwhile).
        Object[] snapshot = events.toArray();
        NewEvent[] out = new NewEvent[snapshot.length];
        for (int i = 0; i < out.length; i++) {
            EventData e = (EventData) snapshot[i];
            // Views, not copies: the codec reads the bytes straight onto the wire.
            out[i] = new NewEvent(e.eventId(), e.eventType(), e.json() ? 1 : 0, 0, e.dataBuffer(),
                    e.hasMetadata() ? e.metadataBuffer() : null);
        }
        return List.of(out);
    }

    static RecordedEvent recorded(EventRecord r) {
        if (r == null) {
            return null;
        }
        // The codec decoded these arrays for this event alone: the event takes them without a copy.
        return RecordedEvent.ofOwnedArrays(r.streamId(), r.eventNumber(), r.eventId(), r.eventType(),
                r.dataContentType() == 1, r.data(), r.metadata(), created(r));
    }

    private static Instant created(EventRecord r) {
        if (r.createdEpoch() != null) {
            return Instant.ofEpochMilli(r.createdEpoch());
        }
        if (r.created() != null) {
            long ticks = (r.created() & TICKS_MASK) - TICKS_AT_EPOCH;
            return Instant.ofEpochSecond(Math.floorDiv(ticks, 10_000_000L), Math.floorMod(ticks, 10_000_000L) * 100);
        }
        return null;
    }

    public static ResolvedEvent resolved(ResolvedIndexedEvent e) {
        return new ResolvedEvent(recorded(e.event()), recorded(e.link()), null);
    }

    public static ResolvedEvent resolved(WireResolvedEvent e) {
        return new ResolvedEvent(recorded(e.event()), recorded(e.link()), new Position(e.commitPosition(), e.preparePosition()));
    }

    static List<ResolvedEvent> resolvedIndexed(List<ResolvedIndexedEvent> events) {
        List<ResolvedEvent> out = new ArrayList<>(events.size());
        for (ResolvedIndexedEvent e : events) {
            out.add(resolved(e));
        }
        return out;
    }

    static List<ResolvedEvent> resolvedAll(List<WireResolvedEvent> events) {
        List<ResolvedEvent> out = new ArrayList<>(events.size());
        for (WireResolvedEvent e : events) {
            out.add(resolved(e));
        }
        return out;
    }

    /** A stream position the protocol gave as a number: a negative one (-1, "last" or "none") is END. */
    public static StreamPosition streamPosition(long eventNumber) {
        return eventNumber < 0 ? StreamPosition.END : StreamPosition.of(eventNumber);
    }

    /** An event number the protocol gave, where -1 means "none". */
    static OptionalLong eventNumber(long eventNumber) {
        return eventNumber < 0 ? OptionalLong.empty() : OptionalLong.of(eventNumber);
    }

    /** A position the server gave, or {@code null} when it gave none (or a placeholder). */
    static Position position(Long commit, Long prepare) {
        if (commit == null || prepare == null || commit < 0 || prepare < 0) {
            return null;
        }
        return new Position(commit, prepare);
    }
}
