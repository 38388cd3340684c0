package io.extreme.internal.persistent;

import io.extreme.error.ExtremeException;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.connection.ConnectionEngine;
import io.extreme.internal.operation.ClientFuture;
import io.extreme.internal.operation.CompletableFutureHop;
import io.extreme.internal.operation.Events;
import io.extreme.internal.subscription.PersistentFeed;
import io.extreme.internal.subscription.SerialDelivery;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.persistent.NackAction;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.subscription.DropReason;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A persistent-subscription consumer as the user sees it: pushed events go, in order and one at
 * a time, to the listener; acks and nacks go back under the consumer's correlation id. With
 * auto-ack an event is acknowledged when its handler returns. The server bounds what is in
 * flight (the buffer size), so the queue here never holds more than that.
 *
 * <p>Acks and nacks, automatic or the user's, are batched ({@link AckBatch}): many ids to a
 * frame. Closing the consumer, or its handler failing, sends what waits before the unsubscribe.
 * When the server or the connection ended the subscription first, what waits is dropped with the
 * subscription and the server redelivers those events.
 *
 * <p><b>Threads.</b> No lock of its own. Pushes, the confirmation and the drop come on the engine
 * thread, which only queues them ({@link SerialDelivery}, lock-free; the server bounds the pushes
 * by the buffer size) and sets atomics; the handler runs on the callback executor, one event at a
 * time. Acks and nacks, from the handler or any user thread, go through the {@link AckBatch},
 * whose private lock guards only its lists and is never held while a frame or a timer goes to
 * the engine; close hands the flush and the unsubscribe to the engine thread in that order.
 */
public final class PersistentConsumer implements PersistentSubscription, PersistentFeed {
    private final String stream;
    private final String group;
    private final PersistentSubscriptionListener listener;
    private final boolean autoAck;
    private final Executor callbacks;
    private final SerialDelivery delivery;
    private final AckBatch batch;
    private final CompletableFuture<PersistentSubscription> started = new ClientFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile String subscriptionId;
    /** The event in the handler, and whether the user acked or nacked it there: then auto-ack leaves it. */
    private volatile UUID handling;
    private volatile boolean decided;
    private ConnectionEngine engine;
    private SubscribeOperation operation;

    public PersistentConsumer(String stream, String group, PersistentSubscriptionListener listener, boolean autoAck,
                       int bufferSize, Executor callbacks) {
        this.stream = stream;
        this.group = group;
        this.listener = listener;
        this.autoAck = autoAck;
        this.callbacks = callbacks;
        this.delivery = new SerialDelivery(callbacks, Integer.MAX_VALUE);
        this.batch = new AckBatch(new ToServer(), bufferSize);
    }

    public void bind(ConnectionEngine engine, SubscribeOperation operation) {
        this.engine = engine;
        this.operation = operation;
    }

    public CompletableFuture<PersistentSubscription> started() {
        return started;
    }

    @Override
    public void persistentConfirmed(String id, long lastCommitPosition, long lastEventNumber) {
        subscriptionId = id;
        CompletableFutureHop.complete(callbacks, started, this);
    }

    @Override
    public void persistentEvent(ResolvedIndexedEvent pushed, int retryCount) {
        if (ended.get()) {
            return;
        }
        ResolvedEvent event = Events.resolved(pushed);
        delivery.force(() -> handle(event, retryCount));
    }

    private void handle(ResolvedEvent event, int retryCount) {
        if (stopped) {
            return;
        }
        handling = event.originalEvent().eventId();
        decided = false;
        try {
            listener.onEvent(this, event, retryCount);
            if (autoAck && !decided) {
                ack(event);
            }
        } catch (Exception | Error e) { // user code: an AssertionError in a handler is its failure too
            stopped = true;
            end(DropReason.HANDLER_ERROR, e);
            batch.flush(); // what the handler acked before it failed is done with
            engine.unsubscribe(operation);
        }
    }

    @Override
    public boolean resumesAfterReconnect() {
        return !ended.get() && !stopped;
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
            CompletableFutureHop.fail(callbacks, started, cause instanceof RuntimeException r ? r
                    : new ExtremeException("Could not connect to persistent subscription group '" + group + "' on stream '"
                    + stream + "': " + reason));
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

    @Override
    public void ackEventIds(List<UUID> eventIds) {
        List<UUID> ids = List.copyOf(eventIds); // the copy refuses a null id here, on the caller's thread
        noteDecided(ids);
        batch.ack(ids);
    }

    @Override
    public void nackEventIds(List<UUID> eventIds, NackAction action, String reason) {
        List<UUID> ids = List.copyOf(eventIds);
        noteDecided(ids);
        batch.nack(ids, action, reason);
    }

    /** The first decision on an event stands: a handler's own ack or nack is not followed by an auto-ack. */
    private void noteDecided(List<UUID> ids) {
        UUID current = handling;
        if (current != null && ids.contains(current)) {
            decided = true;
        }
    }

    /** Batches go out under the consumer's correlation id; none before the server named the subscription. */
    private final class ToServer implements AckBatch.Sink {
        @Override
        public void ack(List<UUID> eventIds) {
            if (subscriptionId != null) {
                engine.sendOnSubscription(operation, new PersistentSubscriptionAckEvents(subscriptionId, eventIds));
            }
        }

        @Override
        public void nack(List<UUID> eventIds, NackAction action, String reason) {
            if (subscriptionId != null) {
                engine.sendOnSubscription(operation, new PersistentSubscriptionNakEvents(subscriptionId, eventIds, reason, action));
            }
        }

        @Override
        public void later(long millis, Runnable flush) {
            engine.later(millis, flush);
        }
    }

    @Override
    public String streamId() {
        return stream;
    }

    @Override
    public String groupName() {
        return group;
    }

    @Override
    public String subscriptionId() {
        return subscriptionId;
    }

    @Override
    public boolean isActive() {
        return !ended.get() && started.isDone() && !started.isCompletedExceptionally();
    }

    @Override
    public void close() {
        stopped = true;
        batch.flush(); // queued on the engine thread before the unsubscribe, so sent before it
        engine.unsubscribe(operation);
    }

    @Override
    public String toString() {
        return "PersistentSubscription[" + stream + "::" + group + "]";
    }
}
