package io.extreme.testkit.engine;

import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers ReadEvent and ReadStreamEvents in both directions (PROTOCOL.md §4.2, §4.8, §12.1 #6),
 * in the server's order of checks: page size, access, arguments, then the stream. Slices always
 * carry an error text (empty when there is none) and where the log is now; refused reads carry
 * next and last event number -1.
 */
final class StreamReads {
    static final String READ_SIZE_TOO_BIG = "Read size too big, should be less than " + SystemNames.MAX_PAGE_SIZE
            + " items";
    // .NET's ArgumentOutOfRangeException texts, which the server passes on as they are.
    static final String MAX_COUNT_NOT_POSITIVE = "maxCount should be positive.\nParameter name: maxCount";
    static final String FROM_NEGATIVE = "fromEventNumber should be non negative.\nParameter name: fromEventNumber";

    private final StreamIndex index;
    private final TransactionLog log;
    private final AccessChecker access;
    private final EventLookup lookup;
    private final LinkResolver links;

    StreamReads(StreamIndex index, TransactionLog log, AccessChecker access, EventLookup lookup, LinkResolver links) {
        this.index = index;
        this.log = log;
        this.access = access;
        this.lookup = lookup;
        this.links = links;
    }

    ReadEventCompleted readEvent(ReadEvent request, Principal principal) {
        String streamId = request.streamId();
        if (!access.canRead(principal, streamId)) {
            return new ReadEventCompleted(ReadEventResult.ACCESS_DENIED, EventRecords.NO_EVENT, null);
        }
        EventLookup.Found found = lookup.readEvent(streamId, request.eventNumber());
        ResolvedIndexedEvent event = EventRecords.NO_EVENT;
        if (found.result() == ReadEventResult.SUCCESS) {
            event = request.resolveLinkTos() ? links.resolve(found.event(), principal)
                    : EventRecords.unresolved(found.event());
            if (event == null) {
                return new ReadEventCompleted(ReadEventResult.ACCESS_DENIED, EventRecords.NO_EVENT, null);
            }
        }
        // Asking a stream for its metadata when it has none is a success without an event.
        boolean nothingThere = found.result() == ReadEventResult.NO_STREAM || found.result() == ReadEventResult.NOT_FOUND;
        if (nothingThere && SystemNames.isMetastream(streamId) && originalStreamExists(streamId)) {
            return new ReadEventCompleted(ReadEventResult.SUCCESS, EventRecords.NO_EVENT, null);
        }
        return new ReadEventCompleted(found.result(), event, null);
    }

    ReadStreamEventsCompleted readStream(ReadStreamEvents request, Principal principal) {
        ReadDirection direction = request.direction();
        if (request.maxCount() > SystemNames.MAX_PAGE_SIZE) {
            return refused(direction, ReadStreamResult.ERROR, READ_SIZE_TOO_BIG);
        }
        if (!access.canRead(principal, request.streamId())) {
            return refused(direction, ReadStreamResult.ACCESS_DENIED, "");
        }
        if (direction == ReadDirection.FORWARD && request.fromEventNumber() < 0) {
            return refused(direction, ReadStreamResult.ERROR, FROM_NEGATIVE);
        }
        if (request.maxCount() <= 0) {
            return refused(direction, ReadStreamResult.ERROR, MAX_COUNT_NOT_POSITIVE);
        }
        EventLookup.Slice slice = direction == ReadDirection.FORWARD
                ? lookup.readForward(request.streamId(), request.fromEventNumber(), request.maxCount())
                : lookup.readBackward(request.streamId(), request.fromEventNumber(), request.maxCount());
        List<ResolvedIndexedEvent> events = new ArrayList<>(slice.events().size());
        for (StoredEvent event : slice.events()) {
            ResolvedIndexedEvent resolved = request.resolveLinkTos() ? links.resolve(event, principal)
                    : EventRecords.unresolved(event);
            if (resolved == null) {
                return refused(direction, ReadStreamResult.ACCESS_DENIED, "");
            }
            events.add(resolved);
        }
        return new ReadStreamEventsCompleted(direction, events, slice.result(), slice.nextEventNumber(),
                slice.lastEventNumber(), slice.endOfStream(), log.lastCommitPosition(), "");
    }

    private ReadStreamEventsCompleted refused(ReadDirection direction, ReadStreamResult result, String error) {
        return new ReadStreamEventsCompleted(direction, List.of(), result, -1, -1, true, log.lastCommitPosition(), error);
    }

    private boolean originalStreamExists(String metastreamId) {
        long last = index.lastEventNumber(SystemNames.originalStreamOf(metastreamId));
        return last != SystemNames.NO_STREAM && last != SystemNames.DELETED_STREAM;
    }
}
