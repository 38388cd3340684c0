package io.extreme.internal.catchup;

import io.extreme.event.ResolvedEvent;
import io.extreme.internal.subscription.SerialDelivery;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Where a catch-up subscription puts the events it has decided to deliver: a bounded queue in
 * front of the user's listener, run one at a time on the callback executor. It tells the
 * subscription when there is room for another read, and when the handler failed.
 *
 * <p><b>Threads.</b> Lock-free. The catch-up's context offers and ends; the handler runs on a
 * serial delivery of its own over the callback executor, apart from the context, so that a slow
 * handler holds up no decision of the catch-up; "room again" goes from the handler's thread to
 * the context as a task. The count of queued events is the bound ({@code capacity}).
 */
final class HandlerOutbox implements Outbox {
    private final Subscription owner;
    private final SubscriptionListener listener;
    private final SerialDelivery delivery;
    private final int capacity;
    private final int roomThreshold;
    private final Runnable onRoom;
    private final BiConsumer<DropReason, Throwable> onHandlerError;
    private final AtomicBoolean roomWanted = new AtomicBoolean();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger maxQueued = new AtomicInteger();
    private volatile boolean stopped;
    /**
     * The events of the page being offered, handed to the delivery as one task at its end: one
     * task per event cost a hand-over to the callback executor (and a wake-up of one of its
     * threads) for every event whenever the handler kept up. Null outside a page. Context only.
     */
    private List<ResolvedEvent> page;

    HandlerOutbox(Subscription owner, SubscriptionListener listener, Executor executor, int capacity, int batchSize,
                  Runnable onRoom, BiConsumer<DropReason, Throwable> onHandlerError) {
        this.owner = owner;
        this.listener = listener;
        this.capacity = capacity;
        this.roomThreshold = capacity - batchSize;
        this.onRoom = onRoom;
        this.onHandlerError = onHandlerError;
        // The bound is kept here (queued), so that the live signal and the drop always fit behind it.
        this.delivery = new SerialDelivery(executor, Integer.MAX_VALUE);
    }

    /** Builds the outboxes of catch-ups that deliver to {@code listener}. */
    static Outbox.Factory factory(SubscriptionListener listener, Executor executor, CatchUpOptions options) {
        return (owner, onRoom, onFailure) -> new HandlerOutbox(owner, listener, executor, options.queueSize(),
                options.readBatchSize(), onRoom, onFailure);
    }

    /** Whether a batch of reads fits now; when not, {@code onRoom} runs once it does. */
    @Override
    public boolean hasRoomForBatch() {
        if (queued.get() <= roomThreshold) {
            return true;
        }
        roomWanted.set(true);
        // The handler may have drained the queue between the check and the flag.
        if (queued.get() <= roomThreshold && roomWanted.compareAndSet(true, false)) {
            return true;
        }
        return false;
    }

    /** Queues an event; false when the queue is full (the event is not queued). */
    @Override
    public boolean offer(ResolvedEvent event) {
        int now = queued.incrementAndGet();
        if (now > capacity) {
            queued.decrementAndGet();
            return false;
        }
        if (now > maxQueued.get()) {
            maxQueued.accumulateAndGet(now, Math::max);
        }
        if (page != null) {
            page.add(event);
        } else {
            delivery.force(() -> handle(event));
        }
        return true;
    }

    @Override
    public void beginBatch() {
        page = new ArrayList<>();
    }

    @Override
    public void endBatch() {
        List<ResolvedEvent> events = page;
        page = null;
        if (events != null && !events.isEmpty()) {
            delivery.force(() -> {
                for (ResolvedEvent event : events) {
                    handle(event);
                }
            });
        }
    }

    private void handle(ResolvedEvent event) {
        try {
            if (!stopped) {
                listener.onEvent(owner, event);
            }
        } catch (Exception | Error e) { // user code: an AssertionError in a handler is its failure too
            stopped = true;
            onHandlerError.accept(DropReason.HANDLER_ERROR, e);
        } finally {
            int left = queued.decrementAndGet();
            if (left <= roomThreshold && roomWanted.compareAndSet(true, false)) {
                onRoom.run();
            }
        }
    }

    /** Tells the listener, after the events already queued, that the subscription is live. */
    @Override
    public void live() {
        delivery.force(() -> {
            if (!stopped) {
                listener.onLive(owner);
            }
        });
    }

    /**
     * Ends delivery: {@code now} skips events still queued (a close, a failed handler); otherwise
     * they are delivered first. The listener hears {@code onDropped} once, last.
     */
    @Override
    public void end(DropReason reason, Throwable cause, boolean now) {
        if (now) {
            stopped = true;
        }
        delivery.force(() -> {
            stopped = true;
            try {
                listener.onDropped(owner, reason, cause);
            } catch (RuntimeException ignored) {
                // Nothing is left to tell about a failing drop handler.
            }
        });
    }

    @Override
    public int queued() {
        return queued.get();
    }

    @Override
    public int maxQueued() {
        return maxQueued.get();
    }
}
