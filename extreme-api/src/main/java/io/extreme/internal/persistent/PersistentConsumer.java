package io.extreme.internal.persistent;

import io.extreme.error.ExtremeException;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.connection.ConnectionEngine;
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
 */
public final class PersistentConsumer implements PersistentSubscription, PersistentFeed {
    private final String stream;
    private final String group;
    private final PersistentSubscriptionListener listener;
    private final boolean autoAck;
    private final Executor callbacks;
    private final SerialDelivery delivery;
    private final CompletableFuture<PersistentSubscription> started = new CompletableFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile String subscriptionId;
    private ConnectionEngine engine;
    private SubscribeOperation operation;

    public PersistentConsumer(String stream, String group, PersistentSubscriptionListener listener, boolean autoAck,
                       Executor callbacks) {
        this.stream = stream;
        this.group = group;
        this.listener = listener;
        this.autoAck = autoAck;
        this.callbacks = callbacks;
        this.delivery = new SerialDelivery(callbacks, Integer.MAX_VALUE);
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
        try {
            listener.onEvent(this, event, retryCount);
            if (autoAck) {
                ack(event);
            }
        } catch (Exception | Error e) { // user code: an AssertionError in a handler is its failure too
            stopped = true;
            end(DropReason.HANDLER_ERROR, e);
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
        if (!eventIds.isEmpty() && subscriptionId != null) {
            engine.sendOnSubscription(operation, new PersistentSubscriptionAckEvents(subscriptionId, eventIds));
        }
    }

    @Override
    public void nackEventIds(List<UUID> eventIds, NackAction action, String reason) {
        if (!eventIds.isEmpty() && subscriptionId != null) {
            engine.sendOnSubscription(operation, new PersistentSubscriptionNakEvents(subscriptionId, eventIds, reason, action));
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
        engine.unsubscribe(operation);
    }

    @Override
    public String toString() {
        return "PersistentSubscription[" + stream + "::" + group + "]";
    }
}
