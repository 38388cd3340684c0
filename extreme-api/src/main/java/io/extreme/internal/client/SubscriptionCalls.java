package io.extreme.internal.client;

import io.extreme.CallOptions;
import io.extreme.ExtremeClient;
import io.extreme.PersistentConnectOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The subscriptions of a {@link ClientView}: volatile, catch-up, the publishers made of
 * catch-ups, and persistent groups. An interface of its own, sealed to the view, as
 * {@link ReadCalls} is and for the same reason: the view's file stays one screen of "which
 * collaborator does what". Each call goes to {@link SubscriptionStarts} or
 * {@link PersistentSubscriptions} with the view of its call options.
 */
sealed interface SubscriptionCalls extends ExtremeClient permits ClientView {
    /** The view these calls belong to: the only implementation, by the seal. */
    private ClientView view() {
        return (ClientView) this;
    }

    @Override
    default CompletableFuture<Subscription> subscribeToStream(String stream, SubscriptionOptions options, SubscriptionListener listener) {
        Arguments.notNull(options, "options");
        return SubscriptionStarts.toStream(view().with(options.call()), stream, options.resolveLinkTos(), listener);
    }

    @Override
    default CompletableFuture<Subscription> subscribeToAll(SubscriptionOptions options, SubscriptionListener listener) {
        Arguments.notNull(options, "options");
        return SubscriptionStarts.toAll(view().with(options.call()), options.resolveLinkTos(), listener);
    }

    @Override
    default CompletableFuture<CatchUpSubscription> subscribeToStreamFrom(String stream, StreamPosition from, SubscriptionOptions options,
                                                                         SubscriptionListener listener) {
        return SubscriptionStarts.started(SubscriptionStarts.streamFrom(view(), stream, from, options, listener));
    }

    @Override
    default CompletableFuture<CatchUpSubscription> subscribeToAllFrom(Position checkpoint, SubscriptionOptions options,
                                                                      SubscriptionListener listener) {
        return SubscriptionStarts.started(SubscriptionStarts.allFrom(view(), checkpoint, options, listener));
    }

    @Override
    default Flow.Publisher<ResolvedEvent> streamPublisher(String stream, StreamPosition from, SubscriptionOptions options) {
        return SubscriptionStarts.streamPublisher(view(), stream, from, options);
    }

    @Override
    default Flow.Publisher<ResolvedEvent> allPublisher(Position checkpoint, SubscriptionOptions options) {
        return SubscriptionStarts.allPublisher(view(), checkpoint, options);
    }

    @Override
    default CompletableFuture<Void> createPersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings,
                                                                 CallOptions options) {
        return PersistentSubscriptions.create(view().with(options), stream, group, settings);
    }

    @Override
    default CompletableFuture<Void> updatePersistentSubscription(String stream, String group, PersistentSubscriptionSettings settings,
                                                                 CallOptions options) {
        return PersistentSubscriptions.update(view().with(options), stream, group, settings);
    }

    @Override
    default CompletableFuture<Void> deletePersistentSubscription(String stream, String group, CallOptions options) {
        return PersistentSubscriptions.delete(view().with(options), stream, group);
    }

    @Override
    default CompletableFuture<PersistentSubscription> connectToPersistentSubscription(String stream, String group,
                                                                                      PersistentConnectOptions options,
                                                                                      PersistentSubscriptionListener listener) {
        Arguments.notNull(options, "options");
        return PersistentSubscriptions.connect(view().with(options.call()), stream, group, options.bufferSize(), options.autoAck(),
                listener);
    }
}
