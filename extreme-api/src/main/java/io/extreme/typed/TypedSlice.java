package io.extreme.typed;

import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.List;
import java.util.Objects;

/**
 * A page of a typed stream read: the decoded events and the raw page, whose numbers tell where
 * to read next (skipped undecodable events count: the next page starts after them).
 *
 * @param raw    the page as read
 * @param events its events, decoded, without those skipped under {@link UndecodableEvents#SKIP}
 * @param <T>    the class the caller asked for
 */
public record TypedSlice<T>(StreamSlice raw, List<TypedEvent<T>> events) {
    public TypedSlice {
        Objects.requireNonNull(raw, "raw");
        events = List.copyOf(events);
    }

    /** Where the next page starts, as the raw page's {@link StreamSlice#next()}. */
    public StreamPosition next() {
        return raw.next();
    }

    /** Whether this page reached the end of the stream. */
    public boolean isEndOfStream() {
        return raw.isEndOfStream();
    }

    /** The decoded objects, in order, leaving out undecoded events. */
    public List<T> data() {
        return events.stream().filter(TypedEvent::isDecoded).map(TypedEvent::data).toList();
    }
}
