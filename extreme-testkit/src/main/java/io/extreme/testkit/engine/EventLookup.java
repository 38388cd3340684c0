package io.extreme.testkit.engine;

import io.extreme.spi.message.ReadEventResult;
import io.extreme.spi.message.ReadStreamResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a stream as its metadata allows (PROTOCOL.md §4.2): a hard-deleted stream reads as
 * StreamDeleted, a soft-deleted one as NoStream; {@code $maxCount} and {@code $tb} hide the
 * events below the first visible number, {@code $maxAge} hides events older than the clock
 * allows. Next/last/end-of-stream values follow the real server's arithmetic to the letter,
 * including its answers for windows that lie beyond the stream or below its truncation point.
 */
final class EventLookup {
    /** One event read by number. */
    record Found(ReadEventResult result, StoredEvent event) {
    }

    /** A slice of a stream, before links are resolved. */
    record Slice(ReadStreamResult result, List<StoredEvent> events, long nextEventNumber,
                 long lastEventNumber, boolean endOfStream) {
    }

    private static final long MAX_MEANINGFUL_AGE_SECONDS = 10_000L * 366 * 24 * 3600;

    private final StreamIndex index;
    private final Clock clock;

    EventLookup(StreamIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** Event {@code eventNumber} of the stream, -1 meaning its last event. */
    Found readEvent(String streamId, long eventNumber) {
        long last = index.lastEventNumber(streamId);
        StreamMetadata metadata = index.metadata(streamId);
        if (last == SystemNames.DELETED_STREAM) {
            return new Found(ReadEventResult.STREAM_DELETED, null);
        }
        if (last == SystemNames.NO_STREAM || metadata.softDeleted()) {
            return new Found(ReadEventResult.NO_STREAM, null);
        }
        long number = eventNumber == -1 ? last : eventNumber;
        if (number < metadata.firstVisibleEventNumber(last) || number > last) {
            return new Found(ReadEventResult.NOT_FOUND, null);
        }
        StoredEvent event = index.event(streamId, number);
        if (event == null || expired(event, metadata)) {
            return new Found(ReadEventResult.NOT_FOUND, null);
        }
        return new Found(ReadEventResult.SUCCESS, event);
    }

    /** Events {@code from..from+maxCount-1}; callers have checked {@code from >= 0, maxCount > 0}. */
    Slice readForward(String streamId, long from, int maxCount) {
        long last = index.lastEventNumber(streamId);
        StreamMetadata metadata = index.metadata(streamId);
        Slice missing = missing(last, metadata);
        if (missing != null) {
            return missing;
        }
        long end = from > Long.MAX_VALUE - maxCount + 1 ? Long.MAX_VALUE : from + maxCount - 1;
        long firstVisible = metadata.firstVisibleEventNumber(last);
        if (end < firstVisible) {
            return new Slice(ReadStreamResult.SUCCESS, List.of(), firstVisible, last, false);
        }
        List<StoredEvent> events = visible(index.range(streamId, Math.max(from, firstVisible), end), metadata);
        long next = events.isEmpty()
                ? Math.min(end == Long.MAX_VALUE ? end : end + 1, last + 1)
                : events.get(events.size() - 1).eventNumber() + 1;
        return new Slice(ReadStreamResult.SUCCESS, events, next, last, end >= last);
    }

    /** Events {@code from} downwards, -1 meaning from the last; callers have checked maxCount > 0. */
    Slice readBackward(String streamId, long from, int maxCount) {
        long last = index.lastEventNumber(streamId);
        StreamMetadata metadata = index.metadata(streamId);
        Slice missing = missing(last, metadata);
        if (missing != null) {
            return missing;
        }
        long end = from < 0 ? last : from;
        long start = Math.max(0, end - maxCount + 1);
        long firstVisible = metadata.firstVisibleEventNumber(last);
        if (end < firstVisible) {
            return new Slice(ReadStreamResult.SUCCESS, List.of(), -1, last, true);
        }
        boolean endOfStream = false;
        if (start <= firstVisible) {
            endOfStream = true;
            start = firstVisible;
        }
        List<StoredEvent> events = new ArrayList<>(visible(index.range(streamId, start, end), metadata));
        Collections.reverse(events);
        endOfStream = endOfStream || start == 0
                || (start <= last && (events.isEmpty() || events.get(events.size() - 1).eventNumber() != start));
        long next = endOfStream ? -1 : Math.min(start - 1, last);
        return new Slice(ReadStreamResult.SUCCESS, events, next, last, endOfStream);
    }

    private static Slice missing(long last, StreamMetadata metadata) {
        if (last == SystemNames.DELETED_STREAM) {
            return new Slice(ReadStreamResult.STREAM_DELETED, List.of(), -1, last, true);
        }
        if (last == SystemNames.NO_STREAM || metadata.softDeleted()) {
            return new Slice(ReadStreamResult.NO_STREAM, List.of(), -1, last, true);
        }
        return null;
    }

    private List<StoredEvent> visible(List<StoredEvent> events, StreamMetadata metadata) {
        if (metadata.maxAgeSeconds() == null) {
            return events;
        }
        return events.stream().filter(event -> !expired(event, metadata)).toList();
    }

    private boolean expired(StoredEvent event, StreamMetadata metadata) {
        // Ages beyond any clock (ten thousand years) expire nothing and would overflow Instant.
        if (metadata.maxAgeSeconds() == null || metadata.maxAgeSeconds() > MAX_MEANINGFUL_AGE_SECONDS) {
            return false;
        }
        Instant threshold = clock.instant().minusSeconds(metadata.maxAgeSeconds());
        return event.created().isBefore(threshold);
    }
}
