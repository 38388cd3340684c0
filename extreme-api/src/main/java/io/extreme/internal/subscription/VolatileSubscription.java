package io.extreme.internal.subscription;

import io.extreme.error.AccessDeniedException;
import io.extreme.error.ConnectionLostException;
import io.extreme.error.ExtremeException;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.operation.ClientFuture;
import io.extreme.internal.operation.CompletableFutureHop;
import io.extreme.internal.operation.Events;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A volatile subscription as the user sees it: events from the wire go through a bounded queue
 * to the listener, one at a time, in order. A full queue, a throwing handler or a close ends it;
 * the listener hears the end exactly once, after the last event it was given.
 *
 * <p>A lost connection ends it with {@link DropReason#CONNECTION_CLOSED}, unless it was made to
 * resume ({@link io.extreme.ExtremeSettings#resumeVolatileSubscriptions()}): then the engine
 * subscribes it again once the client has reconnected, and the listener hears no drop. It is
 * still volatile: events written while the client was disconnected are not delivered (use a
 * catch-up subscription for those); delivery goes on with the events written after the new
 * confirmation. It ends with {@code CONNECTION_CLOSED} only when the client stops for good.
 *
 * <p><b>Threads.</b> No lock: pushes, the confirmation and the drop come on the engine thread,
 * which only queues them ({@link SerialDelivery}, at most {@code queueLimit} waiting; past that
 * the subscription ends with PROCESSING_QUEUE_OVERFLOW) and sets atomics; the handler runs on the
 * callback executor, one event at a time. Nothing the engine thread does waits for the handler
 * or for a user holding this object's monitor.
 */
public final class VolatileSubscription implements Subscription, LiveFeed {
    private static final Logger log = LoggerFactory.getLogger(VolatileSubscription.class);

    private final String streamId;
    private final SubscriptionListener listener;
    private final SerialDelivery delivery;
    private final Executor callbacks;
    private final boolean resumes;
    private final CompletableFuture<Subscription> started = new ClientFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile long lastCommitPosition = -1;
    private volatile long lastEventNumber = -1;
    private Runnable unsubscribe = () -> { };

    /** A subscription that ends when the connection is lost. */
    public VolatileSubscription(String streamId, SubscriptionListener listener, Executor callbacks, int queueLimit) {
        this(streamId, listener, callbacks, queueLimit, false);
    }

    /** @param resumes whether it is subscribed again after a reconnect instead of ending */
    public VolatileSubscription(String streamId, SubscriptionListener listener, Executor callbacks, int queueLimit,
                         boolean resumes) {
        this.streamId = streamId;
        this.listener = listener;
        this.callbacks = callbacks;
        this.resumes = resumes;
        this.delivery = new SerialDelivery(callbacks, queueLimit);
    }

    /**
     * Only while it has not ended. One being closed resumes too: its unsubscribe, queued behind the
     * connection loss, then ends it as the user asked (UNSUBSCRIBED) and it is never sent again.
     */
    @Override
    public boolean resumesAfterReconnect() {
        return resumes && !ended.get();
    }

    /** How to tell the server to stop; set before the subscription is sent. */
    public void onClose(Runnable action) {
        unsubscribe = action;
    }

    public CompletableFuture<Subscription> started() {
        return started;
    }

    @Override
    public void confirmed(long commitPosition, long eventNumber) {
        if (started.isDone()) {
            log.info("the subscription to {} resumed after a reconnect at event {}, position {}; events written meanwhile"
                    + " are not delivered", streamId, eventNumber, commitPosition);
        }
        lastCommitPosition = commitPosition;
        lastEventNumber = eventNumber;
        CompletableFutureHop.complete(callbacks, started, this);
    }

    @Override
    public void event(WireResolvedEvent pushed) {
        if (ended.get()) {
            return;
        }
        ResolvedEvent event = Events.resolved(pushed);
        if (!delivery.offer(() -> handle(event))) {
            stopped = true;
            end(DropReason.PROCESSING_QUEUE_OVERFLOW, new ExtremeException("The handler of the subscription to "
                    + streamId + " fell behind: " + delivery.size() + " events waited."));
            unsubscribe.run();
        }
    }

    private void handle(ResolvedEvent event) {
        if (stopped) {
            return;
        }
        try {
            listener.onEvent(this, event);
        } catch (Exception | Error e) { // user code: an AssertionError in a handler is its failure too
            stopped = true;
            end(DropReason.HANDLER_ERROR, e);
            unsubscribe.run();
        }
    }

    @Override
    public void dropped(DropReason reason, Throwable cause) {
        end(reason, cause);
    }

    private void end(DropReason reason, Throwable cause) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        if (!started.isDone()) {
            CompletableFutureHop.fail(callbacks, started, startFailure(reason, cause));
        }
        delivery.force(() -> {
            stopped = true;
            try {
                listener.onDropped(this, reason, cause);
            } catch (RuntimeException ignored) {
                // Nothing is left to tell about a failing drop handler.
            }
        });
    }

    private RuntimeException startFailure(DropReason reason, Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return switch (reason) {
            case ACCESS_DENIED -> new AccessDeniedException("Access denied to the subscription to " + streamId + ".");
            case CONNECTION_CLOSED -> new ConnectionLostException("The connection closed before the subscription to "
                    + streamId + " was confirmed.");
            default -> new ExtremeException("The subscription to " + streamId + " was dropped: " + reason);
        };
    }

    @Override
    public String streamId() {
        return streamId;
    }

    @Override
    public long lastCommitPosition() {
        return lastCommitPosition;
    }

    @Override
    public OptionalLong lastEventNumber() {
        // The server says -1 for $all and for a stream with no events yet.
        return lastEventNumber < 0 ? OptionalLong.empty() : OptionalLong.of(lastEventNumber);
    }

    @Override
    public boolean isActive() {
        return !ended.get() && started.isDone() && !started.isCompletedExceptionally();
    }

    @Override
    public void close() {
        stopped = true;
        unsubscribe.run();
    }

    @Override
    public String toString() {
        return "Subscription[" + streamId + "]";
    }
}
