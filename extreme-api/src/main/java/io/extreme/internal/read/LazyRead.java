package io.extreme.internal.read;

import io.extreme.event.EventStream;
import io.extreme.event.ResolvedEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An {@link EventStream} over a {@link Pager}: consumed once, as a blocking iterator, a stream or
 * a publisher. Nothing is read before that consumption starts: the iterator's first
 * {@code hasNext}, the stream's first element, the subscriber's first demand.
 */
public final class LazyRead implements EventStream {
    private final Pager<?> pager;
    private final Executor callbacks;
    /** How it is being consumed, once set: a second way fails. */
    private final AtomicReference<String> consumedAs = new AtomicReference<>();

    private LazyRead(Pager<?> pager, Executor callbacks) {
        this.pager = pager;
        this.callbacks = callbacks;
    }

    /**
     * A read from {@code from}, pages of {@code pageSize}, at most {@code maxCount} events.
     *
     * @param callbacks where the publisher signals its subscriber
     */
    public static <P> LazyRead of(PageReader<P> reader, P from, int pageSize, OptionalLong maxCount, Executor callbacks) {
        return new LazyRead(new Pager<>(reader, from, pageSize, maxCount.orElse(-1)), callbacks);
    }

    @Override
    public Iterator<ResolvedEvent> iterator() {
        once("iterator()");
        return new Events();
    }

    @Override
    public Stream<ResolvedEvent> stream() {
        once("stream()");
        Spliterator<ResolvedEvent> split = Spliterators.spliteratorUnknownSize(new Events(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(this::close);
    }

    @Override
    public Flow.Publisher<ResolvedEvent> publisher() {
        once("publisher()");
        return new ReadPublisher(pager, callbacks);
    }

    @Override
    public void close() {
        pager.close();
    }

    private void once(String way) {
        String before = consumedAs.compareAndExchange(null, way);
        if (before != null) {
            throw new IllegalStateException("an EventStream is read once: it was already read through " + before
                    + ", so " + way + " cannot read it again; start a new read");
        }
    }

    /**
     * The blocking iterator: waits on the pager's monitor for the page it needs, and reads one
     * page ahead of the consumer from the thread that completed the previous one.
     */
    private final class Events implements Iterator<ResolvedEvent> {
        Events() {
            pager.listen(this::readAhead);
        }

        @Override
        public boolean hasNext() {
            while (true) {
                int count;
                synchronized (pager) {
                    if (!pager.buffer.isEmpty()) {
                        return true;
                    }
                    if (pager.failure() != null) {
                        throw rethrown(pager.failure());
                    }
                    if (pager.isOver()) {
                        return false;
                    }
                    count = pager.claim(Long.MAX_VALUE);
                    if (count == 0) {
                        await(); // a page is in flight
                        continue;
                    }
                }
                pager.start(count);
            }
        }

        @Override
        public ResolvedEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the read has no more events");
            }
            int count;
            ResolvedEvent event;
            synchronized (pager) {
                event = pager.buffer.poll();
                count = pager.claim(Long.MAX_VALUE); // the page consumed: the one ahead may go now
            }
            if (count > 0) {
                pager.start(count);
            }
            return event;
        }

        private void readAhead() {
            int count;
            synchronized (pager) {
                count = pager.claim(Long.MAX_VALUE);
            }
            if (count > 0) {
                pager.start(count);
            }
        }

        /** Under the pager's lock. An interrupt closes the read: the thread is asked to stop. */
        private void await() {
            try {
                pager.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pager.close();
                throw new CancellationException("interrupted while waiting for a page; the read is closed");
            }
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new CompletionException(failure);
    }
}
