package io.extreme.internal.read;

import java.util.concurrent.CompletableFuture;

/**
 * Reads one page: all a lazy read knows of the client. Called with no lock held, from whichever
 * thread consumes the read or completed the previous page; it must not block. Its future may
 * complete on any thread, and fails with the read's failure (wrapped or not in a
 * {@link java.util.concurrent.CompletionException}).
 *
 * @param <P> the kind of place: an event number for a stream, a position for {@code $all}
 */
@FunctionalInterface
public interface PageReader<P> {
    /**
     * @param from  where the page starts
     * @param count how many events to ask for, 1 to the page size
     */
    CompletableFuture<Page<P>> read(P from, int count);
}
