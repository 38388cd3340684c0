package io.extreme.internal.catchup;

import io.extreme.ReadOptions;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.SubscriptionListener;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Catch-up on {@code $all}: positions are the cursor, the guard and the head the watchdog compares. */
public final class AllCatchUp extends CatchUp {
    private Position nextRead;
    /** The guard: written in the context, read by the accessors and the head read's answer. */
    private volatile Position lastQueued;

    public AllCatchUp(CatchUpSource source, Position lastProcessed, CatchUpOptions options, SubscriptionListener listener,
               Executor callbacks) {
        this(source, lastProcessed, options, HandlerOutbox.factory(listener, callbacks, options), callbacks);
    }

    public AllCatchUp(CatchUpSource source, Position lastProcessed, CatchUpOptions options, Outbox.Factory outboxes,
               Executor callbacks) {
        super(source, "$all", options, outboxes, callbacks);
        this.lastQueued = lastProcessed;
        this.nextRead = lastProcessed == null ? Position.START : lastProcessed;
    }

    @Override
    CompletableFuture<Page> readPage() {
        return client.readAllSlice(nextRead, ReadOptions.forward().withPageSize(options.readBatchSize()).withResolveLinkTos(options.resolveLinkTos()))
                .thenApply(slice -> new Page(slice.events(), slice.isEndOfStream(), false, -1, slice.next(), null, null));
    }

    @Override
    void advance(Page page) {
        if (page.nextPosition() != null && page.nextPosition().compareTo(nextRead) > 0) {
            nextRead = page.nextPosition();
        }
    }

    @Override
    boolean isNew(ResolvedEvent event) {
        return lastQueued == null || event.position().orElseThrow().compareTo(lastQueued) > 0;
    }

    @Override
    Object queued(ResolvedEvent event) {
        Position previous = lastQueued;
        lastQueued = event.position().orElseThrow(); // every event of $all has one
        return previous;
    }

    @Override
    void unqueued(Object previous) {
        lastQueued = (Position) previous;
    }

    @Override
    void rewind() {
        nextRead = lastQueued == null ? Position.START : lastQueued;
    }

    @Override
    boolean reached(Page page, long confirmedCommitPosition, long confirmedEventNumber) {
        return page.endOfStream()
                || page.nextPosition().compareTo(new Position(confirmedCommitPosition, confirmedCommitPosition)) >= 0;
    }

    @Override
    String wireStream() {
        return SubscribeOperation.ALL;
    }

    @Override
    String resumePoint() {
        Position queued = lastQueued;
        return queued == null ? "the start" : "after position " + queued;
    }

    /** The last event of {@code $all} (it needs the rights to read {@code $all}), against the last queued. */
    @Override
    public CompletableFuture<String> headPastLastQueued() {
        return client.readAllSlice(Position.END, ReadOptions.backward().withPageSize(1)).thenApply(slice -> {
            if (slice.events().isEmpty()) {
                return null;
            }
            Position head = slice.events().get(0).position().orElseThrow();
            Position queued = lastQueued; // one read of the volatile
            return queued == null || head.compareTo(queued) > 0 ? "position " + head : null;
        });
    }

    @Override
    public OptionalLong lastEventNumberQueued() {
        return OptionalLong.empty();
    }

    @Override
    public Optional<Position> lastPositionQueued() {
        return Optional.ofNullable(lastQueued);
    }
}
