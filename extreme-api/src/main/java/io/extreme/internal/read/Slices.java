package io.extreme.internal.read;

import io.extreme.error.StreamDeletedException;
import io.extreme.event.AllSlice;
import io.extreme.event.Position;
import io.extreme.event.StreamSlice;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Turns the client's one-page reads into {@link PageReader}s. The only place that looks into a
 * {@link StreamSlice} or an {@link AllSlice}, so that a change of their accessors is a change here.
 */
public final class Slices {
    private Slices() {
    }

    /**
     * Pages of a stream: the end is the slice's end-of-stream flag, the next page starts at its next
     * event number. A missing or soft-deleted stream (NO_STREAM, NOT_FOUND) is an empty read; a
     * hard-deleted one (STREAM_DELETED) fails with {@link StreamDeletedException}.
     */
    public static PageReader<Long> stream(BiFunction<Long, Integer, CompletableFuture<StreamSlice>> slices) {
        return (from, count) -> slices.apply(from, count).thenApply(Slices::page);
    }

    /** Pages of {@code $all}: the next page starts at the slice's next position; an empty page is the end. */
    public static PageReader<Position> all(BiFunction<Position, Integer, CompletableFuture<AllSlice>> slices) {
        return (from, count) -> slices.apply(from, count).thenApply(Slices::page);
    }

    static Page<Long> page(StreamSlice slice) {
        return switch (slice.status()) {
            case STREAM_DELETED -> throw new StreamDeletedException(slice.streamId());
            case NO_STREAM, NOT_FOUND -> Page.empty(slice.next().eventNumber());
            // next is END (-1) only with the end of the stream, when no page follows.
            case SUCCESS -> new Page<>(slice.events(), slice.next().eventNumber(), slice.isEndOfStream());
        };
    }

    static Page<Position> page(AllSlice slice) {
        // PROTOCOL.md §4.3: an empty slice is the end (isEndOfStream); a short one is not (the log may move on).
        return new Page<>(slice.events(), slice.next(), slice.isEndOfStream());
    }
}
