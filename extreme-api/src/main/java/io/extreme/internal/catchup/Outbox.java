package io.extreme.internal.catchup;

import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.util.function.BiConsumer;

/**
 * Where a catch-up subscription puts the events it has decided to deliver, and who tells it how
 * fast they go: a bounded queue in front of a consumer ({@link HandlerOutbox} for a listener,
 * {@link io.extreme.internal.publisher.PublisherOutbox} for a {@link java.util.concurrent.Flow.Subscriber}). The catch-up reads
 * only while {@link #hasRoomForBatch} says so, and falls back from live to reads when
 * {@link #offer} refuses: that is what keeps memory bounded whatever the consumer does.
 */
public interface Outbox {
    /** Called once, before the first read: a chance to greet the consumer. */
    public default void start() {
    }

    /** Whether a batch of reads may be queued now; when not, the outbox's {@code onRoom} runs once it may. */
    boolean hasRoomForBatch();

    /** Queues an event; false when the queue is full (the event is not queued). */
    boolean offer(ResolvedEvent event);

    /**
     * The events offered from now until {@link #endBatch} are one page: the outbox may hand them
     * to its consumer together (in order, each counted against the bound as it is offered)
     * rather than one by one. By default each goes as it is offered.
     */
    default void beginBatch() {
    }

    /** Ends what {@link #beginBatch} began: what was offered in it is on its way to the consumer. */
    default void endBatch() {
    }

    /** The catch-up has read everything and now delivers live events. */
    void live();

    /**
     * The catch-up ended: {@code now} skips events still queued (a close, a failed consumer);
     * otherwise they go first.
     */
    void end(DropReason reason, Throwable cause, boolean now);

    /** Events waiting for the consumer now. */
    int queued();

    /** The most events that ever waited at once; never above the queue's capacity. */
    int maxQueued();

    /** Builds the outbox of one catch-up; the catch-up's creator chooses the kind. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param owner     the catch-up the outbox serves
         * @param onRoom    run when {@link #hasRoomForBatch} said no and there is room again
         * @param onFailure ends the catch-up when the consumer failed
         */
        Outbox create(CatchUpSubscription owner, Runnable onRoom, BiConsumer<DropReason, Throwable> onFailure);
    }
}
