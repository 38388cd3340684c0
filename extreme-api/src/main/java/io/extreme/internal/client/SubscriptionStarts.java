package io.extreme.internal.client;

import io.extreme.SubscriptionOptions;
import io.extreme.event.StreamPosition;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.catchup.AllCatchUp;
import io.extreme.internal.catchup.CatchUp;
import io.extreme.internal.catchup.CatchUpSource;
import io.extreme.internal.catchup.StreamCatchUp;
import io.extreme.internal.operation.ClientFuture;
import io.extreme.internal.publisher.CatchUpPublisher;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.internal.subscription.VolatileSubscription;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * How a client view starts the consumers of events as they come: a volatile subscription, a
 * catch-up subscription on a stream or on {@code $all}, and the Flow publishers made of catch-ups.
 * Apart from {@link ClientView} because each builds a long-lived object of its own package
 * (subscription, catch-up, publisher) over the engine, where the view's other calls are one
 * request and one answer.
 */
final class SubscriptionStarts {
    private SubscriptionStarts() {
    }

    /** A volatile subscription to {@code stream}; the future completes when the server confirms it. */
    static CompletableFuture<Subscription> toStream(ClientView client, String stream, boolean resolveLinkTos,
                                                    SubscriptionListener listener) {
        Arguments.stream(stream);
        return subscribe(client, stream, stream, resolveLinkTos, listener);
    }

    /** A volatile subscription to {@code $all}; the future completes when the server confirms it. */
    static CompletableFuture<Subscription> toAll(ClientView client, boolean resolveLinkTos, SubscriptionListener listener) {
        return subscribe(client, SubscribeOperation.ALL, "$all", resolveLinkTos, listener);
    }

    /** @param name the stream as the user named it, or {@code $all} ({@code wireStream} is then empty) */
    private static CompletableFuture<Subscription> subscribe(ClientView client, String wireStream, String name,
                                                             boolean resolveLinkTos, SubscriptionListener listener) {
        Arguments.notNull(listener, "listener");
        ClientCore core = client.core();
        VolatileSubscription subscription = new VolatileSubscription(name, listener, core.callbacks,
                core.settings.subscriptionQueueSize(), core.settings.resumeVolatileSubscriptions());
        SubscribeOperation operation = new SubscribeOperation(wireStream, resolveLinkTos, subscription, client.credentials());
        subscription.onClose(() -> core.engine.unsubscribe(operation));
        client.submit(operation); // through the view, so that a closed view refuses it
        // Cancelled before it was confirmed: withdrawn, or unsubscribed when the confirmation comes.
        return ClientFuture.dependent(subscription.started(), () -> core.engine.cancel(operation));
    }

    /**
     * What a user waits on for {@code catchUp}'s start: cancelling it closes the catch-up, whose
     * read is then let go and whose live subscription, if sent, is unsubscribed once confirmed.
     */
    static CompletableFuture<CatchUpSubscription> started(CatchUp catchUp) {
        return ClientFuture.dependent(catchUp.started(), catchUp::close);
    }

    /**
     * A catch-up on {@code stream} from {@code from}, made with {@code options}'s call settings,
     * started: the handle at once; {@link CatchUp#started()} tells when its first read was answered.
     */
    static CatchUp streamFrom(ClientView view, String stream, StreamPosition from, SubscriptionOptions options,
                                          SubscriptionListener listener) {
        Arguments.stream(stream);
        long lastProcessedEventNumber = Arguments.catchUpFrom(from);
        Arguments.notNull(options, "options");
        Arguments.notNull(listener, "listener");
        ClientView client = view.with(options.call());
        StreamCatchUp subscription = new StreamCatchUp(source(client), stream, lastProcessedEventNumber, options.catchUp(), listener,
                client.core().callbacks);
        subscription.start();
        return subscription;
    }

    /** A catch-up on {@code $all} after {@code checkpoint}, made with {@code options}'s call settings, started; see {@link #streamFrom}. */
    static CatchUp allFrom(ClientView view, Position checkpoint, SubscriptionOptions options,
                                       SubscriptionListener listener) {
        Position lastProcessed = Arguments.catchUpAfter(checkpoint);
        Arguments.notNull(options, "options");
        Arguments.notNull(listener, "listener");
        ClientView client = view.with(options.call());
        AllCatchUp subscription = new AllCatchUp(source(client), lastProcessed, options.catchUp(), listener, client.core().callbacks);
        subscription.start();
        return subscription;
    }

    /**
     * A Listener's catch-up on {@code stream} after {@code lastProcessedEventNumber} (-1: from the
     * first event), its handle at once: the listener's attempts need it to close before the first answer.
     */
    static CatchUpSubscription streamAfter(ClientView view, String stream, long lastProcessedEventNumber, CatchUpOptions options,
                                           SubscriptionListener listener) {
        StreamPosition from = lastProcessedEventNumber == -1 ? StreamPosition.START : StreamPosition.after(lastProcessedEventNumber);
        return streamFrom(view, stream, from, SubscriptionOptions.DEFAULTS.withCatchUp(options), listener);
    }

    /** A publisher that runs one catch-up on {@code stream} per subscriber. */
    static Flow.Publisher<ResolvedEvent> streamPublisher(ClientView view, String stream, StreamPosition from,
                                                         SubscriptionOptions subscription) {
        Arguments.stream(stream);
        long lastProcessedEventNumber = Arguments.catchUpFrom(from);
        Arguments.notNull(subscription, "options");
        ClientView client = view.with(subscription.call());
        CatchUpOptions options = subscription.catchUp();
        return new CatchUpPublisher(stream, outboxes -> new StreamCatchUp(source(client), stream, lastProcessedEventNumber,
                options, outboxes, client.core().callbacks), client.core().callbacks, options);
    }

    /** A publisher that runs one catch-up on {@code $all} per subscriber. */
    static Flow.Publisher<ResolvedEvent> allPublisher(ClientView view, Position checkpoint, SubscriptionOptions subscription) {
        Position lastProcessed = Arguments.catchUpAfter(checkpoint);
        Arguments.notNull(subscription, "options");
        ClientView client = view.with(subscription.call());
        CatchUpOptions options = subscription.catchUp();
        return new CatchUpPublisher("$all", outboxes -> new AllCatchUp(source(client), lastProcessed, options, outboxes,
                client.core().callbacks), client.core().callbacks, options);
    }

    /**
     * What a catch-up reads with and subscribes on: the view (its credentials), as the client's own
     * so that its reads are admitted past a full queue, and its engine.
     */
    private static CatchUpSource source(ClientView client) {
        return new CatchUpSource(client.internal(), client.core().engine, client.credentials());
    }
}
