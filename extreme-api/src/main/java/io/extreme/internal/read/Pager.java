package io.extreme.internal.read;

import io.extreme.event.ResolvedEvent;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The state of one lazy read: where the next page starts, how many events are left to read, the
 * events fetched and not consumed yet, and whether a page is in flight. One page at a time is
 * asked for, and only while at most one page of events is buffered: what is buffered is the page
 * being consumed and at most one page ahead, so the buffer holds at most two pages.
 *
 * <p>Its monitor guards everything here, and is what the iterator waits on; {@link #claim} is
 * called under it, {@link #start} outside it (the page reader is never called with the lock held).
 * When a page lands (on the thread that completed it) the buffer is filled, waiters are woken and
 * the consumer's listener runs, outside the lock, to read on or to signal.
 */
final class Pager<P> {
    private final PageReader<P> reader;
    private final int pageSize;
    /** Events fetched and not consumed; at most two pages (see the class comment). */
    final ArrayDeque<ResolvedEvent> buffer = new ArrayDeque<>();
    private P cursor;
    /** Events still to read; -1: no limit. */
    private long remaining;
    private boolean fetching;
    private boolean ended;
    private boolean closed;
    private Throwable failure;
    /** What the consumer does after each page; set once, when consumption starts. */
    private Runnable listener = () -> { };

    Pager(PageReader<P> reader, P from, int pageSize, long maxCount) {
        this.reader = reader;
        this.cursor = from;
        this.pageSize = pageSize;
        this.remaining = maxCount;
    }

    synchronized void listen(Runnable value) {
        listener = value;
    }

    /**
     * Under the lock: the size of the page to fetch now, or 0 when none should be: one in flight,
     * the read over, a page already buffered ahead, or {@code demand} already covered by the buffer.
     * A positive answer marks the page in flight; the caller then {@link #start}s it.
     */
    int claim(long demand) {
        if (fetching || ended || closed || failure != null || buffer.size() > pageSize || demand <= buffer.size()) {
            return 0;
        }
        fetching = true;
        return remaining < 0 ? pageSize : (int) Math.min(pageSize, remaining);
    }

    /** Outside the lock: asks for the page {@link #claim} said. */
    void start(int count) {
        P from;
        synchronized (this) {
            from = cursor;
        }
        try {
            reader.read(from, count).whenComplete((page, error) -> landed(page, error, count));
        } catch (RuntimeException refused) {
            landed(null, refused, count);
        }
    }

    private void landed(Page<P> page, Throwable error, int asked) {
        Runnable then;
        synchronized (this) {
            fetching = false;
            if (closed) {
                return; // closed meanwhile: the page is dropped
            }
            if (error != null) {
                failure = unwrap(error);
            } else {
                // Never more than asked for, should a server send more: maxCount is a promise.
                int take = Math.min(page.events().size(), asked);
                buffer.addAll(page.events().subList(0, take));
                if (remaining > 0) {
                    remaining -= take;
                }
                cursor = page.next();
                ended = page.last() || remaining == 0 || Objects.equals(page.next(), null);
            }
            notifyAll();
            then = listener;
        }
        then.run();
    }

    /** Under the lock: the failure that ended the read, or null. */
    Throwable failure() {
        return failure;
    }

    /** Under the lock: whether nothing more will come (the end, closed, or failed) once the buffer is drained. */
    boolean isOver() {
        return ended || closed || failure != null;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Stops: nothing more is asked for, buffered events are dropped, a page in flight will be. */
    synchronized void close() {
        closed = true;
        buffer.clear();
        notifyAll();
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
