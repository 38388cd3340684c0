package io.extreme.event;

import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * The events of one read of a stream or of {@code $all}, in the order read, fetched lazily a page
 * at a time: the first page is asked for when iteration (or the publisher's demand) starts, and at
 * most one page is fetched ahead of what has been consumed. Closing it mid-way stops reading; a
 * page in flight is dropped when it comes.
 *
 * <p>A stream that does not exist, or was soft-deleted, reads as no events. A hard-deleted stream
 * fails with {@link io.extreme.error.StreamDeletedException}; a refused user with
 * {@link io.extreme.error.AccessDeniedException}. Failures of iteration are thrown from
 * {@code hasNext()}/{@code next()} as they are (unchecked); failures of the publisher reach
 * {@code onError}.
 *
 * <p>Iterate, {@link #stream()} or {@link #publisher()} it once: each is a single pass, and a
 * second one fails with {@link IllegalStateException}. Iteration blocks the calling thread while a
 * page is fetched, so do not iterate on a thread that must not block. Not thread-safe: consume it
 * from one thread at a time.
 * <pre>{@code
 * try (EventStream events = client.readStream("order-42")) {
 *     for (ResolvedEvent e : events) { apply(e); }
 * }
 * }</pre>
 */
public interface EventStream extends Iterable<ResolvedEvent>, AutoCloseable {
    /** The events, fetched as the iterator is advanced. */
    @Override
    Iterator<ResolvedEvent> iterator();

    /** The events as a sequential {@link Stream}; closing the stream closes this read. */
    Stream<ResolvedEvent> stream();

    /**
     * The events as a {@link Flow.Publisher} for one subscriber: pages are fetched to meet its
     * demand (at most one page ahead of it), signals come one at a time on the client's callback
     * executor, {@code onComplete} after the last event, {@code cancel} stops reading.
     */
    Flow.Publisher<ResolvedEvent> publisher();

    /** Stops reading; events not consumed yet are dropped. Idempotent. */
    @Override
    void close();
}
