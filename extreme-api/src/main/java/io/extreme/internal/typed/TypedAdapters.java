package io.extreme.internal.typed;

import io.extreme.event.RecordedEvent;
import io.extreme.event.ResolvedEvent;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.typed.TypedEvent;
import io.extreme.typed.TypedEventHandler;
import io.extreme.typed.TypedPersistentListener;
import io.extreme.typed.TypedSubscriptionListener;
import java.util.Objects;

/**
 * The raw listeners and handlers that decode for typed ones. An event the policy says to fail on
 * is thrown from the raw callback, so the subscription drops, the Listener stops, or the
 * persistent consumer fails it, each as when the user's code throws; a skipped event is passed
 * over (a Listener's checkpoint moves past it, a persistent one is acknowledged).
 */
final class TypedAdapters {
    private TypedAdapters() {
    }

    /** @param passOverSystemEvents leave out EventStore's own events ({@code $}-types, {@code $}-streams), as on {@code $all} */
    static <T> SubscriptionListener subscription(TypedView view, Class<T> as, TypedSubscriptionListener<T> listener,
                                                 boolean passOverSystemEvents) {
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(listener, "listener");
        return new SubscriptionListener() {
            @Override
            public void onEvent(Subscription subscription, ResolvedEvent event) throws Exception {
                if (passOverSystemEvents && isSystem(event)) {
                    return;
                }
                TypedEvent<T> typed = view.decided(event, as);
                if (typed != null) {
                    listener.onEvent(subscription, typed);
                }
            }

            @Override
            public void onLive(Subscription subscription) {
                listener.onLive(subscription);
            }

            @Override
            public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
                listener.onDropped(subscription, reason, cause);
            }
        };
    }

    /** EventStore's own: a {@code $}-type, or an event of a {@code $}-stream (statistics, projections' state). */
    static boolean isSystem(ResolvedEvent event) {
        RecordedEvent recorded = event.originalEvent();
        return recorded.eventType().startsWith("$") || recorded.streamId().startsWith("$");
    }

    static <T> EventHandler handler(TypedView view, Class<T> as, TypedEventHandler<T> handler) {
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(handler, "handler");
        return event -> {
            TypedEvent<T> typed = view.decided(event, as);
            return typed == null ? event.originalEventNumber() : handler.handle(typed);
        };
    }

    /** @param ackSkipped acknowledge what the policy skips (not when the consumer acknowledges everything itself) */
    static <T> PersistentSubscriptionListener persistent(TypedView view, Class<T> as, TypedPersistentListener<T> listener,
                                                         boolean ackSkipped) {
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(listener, "listener");
        return new PersistentSubscriptionListener() {
            @Override
            public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) throws Exception {
                TypedEvent<T> typed = view.decided(event, as);
                if (typed == null) {
                    if (ackSkipped) {
                        subscription.ack(event); // skipped: done with, not to be delivered again
                    }
                } else {
                    listener.onEvent(subscription, typed, retryCount);
                }
            }

            @Override
            public void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
                listener.onDropped(subscription, reason, cause);
            }
        };
    }
}
