package io.extreme;

import io.extreme.error.StreamDeletedException;
import io.extreme.event.AllSlice;
import io.extreme.event.EventReadResult;
import io.extreme.event.EventStream;
import io.extreme.event.Position;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of an {@link ExtremeClient} that read: lazily paged reads of a stream or of
 * {@code $all} ({@link EventStream}), one page for paging by hand, one event. Where a read starts
 * is a named position; how it reads is its {@link ReadOptions}.
 */
public interface ReadCommands {
    /** Reads {@code stream} lazily from its first event to its end; see {@link #readStream(String, StreamPosition, ReadOptions)}. */
    EventStream readStream(String stream);

    /**
     * Reads {@code stream} lazily from {@code from}, in {@code options}' direction, a page of
     * {@link ReadOptions#pageSize()} at a time, to its end or {@link ReadOptions#maxCount()} events.
     * Nothing is read before the first event is asked for, and at most one page ahead of the
     * consumer; a missing or soft-deleted stream reads as none, a hard-deleted one fails with
     * {@link StreamDeletedException}; see {@link EventStream}. Each page is a call of its own with
     * {@link ReadOptions#call()}: its user, and a timeout and deadline counted from that page's request.
     *
     * @throws IllegalArgumentException for a forward read from {@link StreamPosition#END} (which
     *                                  names the last event only for a backward read)
     */
    EventStream readStream(String stream, StreamPosition from, ReadOptions options);

    /** Reads {@code $all} lazily from its start to its end; see {@link #readAll(Position, ReadOptions)}. */
    EventStream readAll();

    /**
     * Reads {@code $all} lazily from {@code from}, as {@link #readStream(String, StreamPosition, ReadOptions)}
     * reads a stream; the read ends with the first empty page. Reading {@code $all} takes a user
     * the server lets read it (by default an administrator).
     *
     * @throws IllegalArgumentException for a forward read from {@link Position#END} (valid only backward)
     */
    EventStream readAll(Position from, ReadOptions options);

    /** One page, the first {@link #readStream(String, StreamPosition, ReadOptions)} would fetch: for paging by hand. */
    CompletableFuture<StreamSlice> readStreamSlice(String stream, StreamPosition from, ReadOptions options);

    /** One page, the first {@link #readAll(Position, ReadOptions)} would fetch: for paging by hand. */
    CompletableFuture<AllSlice> readAllSlice(Position from, ReadOptions options);

    /** Reads one event ({@code END}: the last); of {@code options} only resolveLinkTos and the call's settings count. */
    CompletableFuture<EventReadResult> readEvent(String stream, StreamPosition event, ReadOptions options);

}
