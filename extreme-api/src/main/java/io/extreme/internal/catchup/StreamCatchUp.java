package io.extreme.internal.catchup;

import io.extreme.ReadOptions;
import io.extreme.error.StreamDeletedException;
import io.extreme.event.Position;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.SubscriptionListener;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Catch-up on one stream: event numbers are the cursor, the guard and the head the watchdog compares. */
public final class StreamCatchUp extends CatchUp {
    private final String stream;
    private long nextRead;
    /** The guard: written in the context, read by the accessors and the head read's answer. */
    private volatile long lastQueued;
    /** The guard before the last {@link #queued}, for {@link #unqueued}: kept here, not boxed per event. Context only. */
    private long beforeLastQueued;

    public StreamCatchUp(CatchUpSource source, String stream, long lastProcessed, CatchUpOptions options,
                  SubscriptionListener listener, Executor callbacks) {
        this(source, stream, lastProcessed, options, HandlerOutbox.factory(listener, callbacks, options), callbacks);
    }

    public StreamCatchUp(CatchUpSource source, String stream, long lastProcessed, CatchUpOptions options,
                  Outbox.Factory outboxes, Executor callbacks) {
        super(source, stream, options, outboxes, callbacks);
        this.stream = stream;
        this.lastQueued = lastProcessed;
        this.nextRead = lastProcessed + 1;
    }

    @Override
    CompletableFuture<Page> readPage() {
        return client.readStreamSlice(stream, StreamPosition.of(nextRead), ReadOptions.forward().withPageSize(options.readBatchSize()).withResolveLinkTos(options.resolveLinkTos()))
                .thenApply(slice -> switch (slice.status()) {
                    case SUCCESS -> new Page(slice.events(), slice.isEndOfStream(), false, slice.next().eventNumber(), null, null, null);
                    // Not written yet, or soft-deleted: nothing to read; live events will come.
                    case NO_STREAM, NOT_FOUND -> new Page(List.of(), true, true, -1, null, null, null);
                    case STREAM_DELETED -> Page.failed(DropReason.STREAM_DELETED, new StreamDeletedException(stream));
                });
    }

    @Override
    void advance(Page page) {
        if (!page.missing() && page.failure() == null) {
            nextRead = Math.max(nextRead, page.nextEventNumber());
        }
    }

    @Override
    boolean isNew(ResolvedEvent event) {
        return event.originalEventNumber() > lastQueued;
    }

    @Override
    Object queued(ResolvedEvent event) {
        beforeLastQueued = lastQueued;
        lastQueued = event.originalEventNumber();
        return null;
    }

    @Override
    void unqueued(Object previous) {
        lastQueued = beforeLastQueued; // the last queued is the one refused: previous is null, see queued
    }

    @Override
    void rewind() {
        nextRead = lastQueued + 1;
    }

    @Override
    boolean reached(Page page, long confirmedCommitPosition, long confirmedEventNumber) {
        if (page.missing() || confirmedEventNumber < 0) {
            return page.endOfStream();
        }
        return page.nextEventNumber() > confirmedEventNumber || lastQueued >= confirmedEventNumber;
    }

    @Override
    String wireStream() {
        return stream;
    }

    @Override
    String resumePoint() {
        long queued = lastQueued;
        return queued < 0 ? "the start" : "after event " + queued;
    }

    /** The last event of the stream (links as they are, as the guard counts them), against the last queued. */
    @Override
    public CompletableFuture<String> headPastLastQueued() {
        return client.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(1)).thenApply(slice -> {
            long head = slice.status() != ReadStatus.SUCCESS ? -1
                    : slice.events().isEmpty() ? slice.lastEventNumber().orElse(-1)
                    : slice.events().get(0).originalEventNumber();
            return head > lastQueued ? "event " + head : null;
        });
    }

    @Override
    public OptionalLong lastEventNumberQueued() {
        long queued = lastQueued; // one read of the volatile
        return queued < 0 ? OptionalLong.empty() : OptionalLong.of(queued);
    }

    @Override
    public Optional<Position> lastPositionQueued() {
        return Optional.empty();
    }
}
