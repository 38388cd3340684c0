package io.extreme;

import io.extreme.error.AccessDeniedException;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The calls of an {@link ExtremeClient} that follow events as they are written. Every subscribe
 * has the same shape: it returns a future of its handle, which completes when the subscription is
 * in place and fails, with the server's reason, when it ended before that; the listener gets the
 * events, and exactly one {@link SubscriptionListener#onDropped} at the end (a refusal is reported
 * there too, as well as by the future). The handle's {@code close()} ends it. Futures complete on
 * the client's callback executor.
 *
 * <p>In place means: for a volatile subscription, the server confirmed it; for a catch-up, its
 * first read was answered (a missing stream is an answer: the catch-up then waits for its events),
 * so that a user without read access or a hard-deleted stream fail the future with
 * {@link AccessDeniedException} or {@link io.extreme.error.StreamDeletedException}. A read the
 * connection failed is tried again and the future waits; closing the client fails it with
 * {@link io.extreme.error.ConnectionClosedException}. The first events may reach the listener
 * before the future completes.
 */
public interface SubscriptionCommands {
    /** A volatile subscription to the events written to {@code stream} from now on, with the defaults. */
    default CompletableFuture<Subscription> subscribeToStream(String stream, SubscriptionListener listener) {
        return subscribeToStream(stream, SubscriptionOptions.DEFAULTS, listener);
    }

    /**
     * A volatile subscription to the events written to {@code stream} from now on: the listener gets
     * each new event, in order. A lost connection ends it with {@link DropReason#CONNECTION_CLOSED},
     * unless {@link ExtremeSettings#resumeVolatileSubscriptions()} is set: it then subscribes again
     * after the reconnect (missing what was written meanwhile).
     */
    CompletableFuture<Subscription> subscribeToStream(String stream, SubscriptionOptions options, SubscriptionListener listener);

    /** A volatile subscription to every event written to {@code $all} from now on, with the defaults. */
    default CompletableFuture<Subscription> subscribeToAll(SubscriptionListener listener) {
        return subscribeToAll(SubscriptionOptions.DEFAULTS, listener);
    }

    /** A volatile subscription to every event written to {@code $all} from now on; see {@link #subscribeToStream}. */
    CompletableFuture<Subscription> subscribeToAll(SubscriptionOptions options, SubscriptionListener listener);

    /** A catch-up subscription to {@code stream} from {@code from}, with the defaults; see below. */
    default CompletableFuture<CatchUpSubscription> subscribeToStreamFrom(String stream, StreamPosition from,
                                                                         SubscriptionListener listener) {
        return subscribeToStreamFrom(stream, from, SubscriptionOptions.DEFAULTS, listener);
    }

    /**
     * Catches up on {@code stream} from event {@code from} (included: {@link StreamPosition#START}
     * for all of it, {@code StreamPosition.after(checkpoint)} to go on after the last event a read
     * model processed), then follows it live: the listener gets every event, in order, exactly once,
     * then {@link SubscriptionListener#onLive} once, then new events as they are written. A missing
     * or soft-deleted stream is waited for; a hard-deleted one ends it with
     * {@link DropReason#STREAM_DELETED}. A lost connection does not end it: after the reconnect it
     * reads on from the last event it delivered. While live, a watchdog
     * ({@link io.extreme.subscription.CatchUpOptions#watchdog()}) notices a subscription the server stopped
     * feeding while the stream moved on, and subscribes again. The future completes once the first
     * read was answered, and fails when the catch-up ended before that (see above).
     *
     * @throws IllegalArgumentException for {@link StreamPosition#END} (to follow new events only, use
     *                                  {@link #subscribeToStream})
     */
    CompletableFuture<CatchUpSubscription> subscribeToStreamFrom(String stream, StreamPosition from, SubscriptionOptions options,
                                                                 SubscriptionListener listener);

    /** A catch-up subscription to {@code $all} after {@code checkpoint}, with the defaults; see below. */
    default CompletableFuture<CatchUpSubscription> subscribeToAllFrom(Position checkpoint, SubscriptionListener listener) {
        return subscribeToAllFrom(checkpoint, SubscriptionOptions.DEFAULTS, listener);
    }

    /**
     * Catches up on {@code $all} after {@code checkpoint} (the position of the last event processed,
     * not included; {@link Position#START} for everything), then follows it live; see
     * {@link #subscribeToStreamFrom(String, StreamPosition, SubscriptionOptions, SubscriptionListener)}.
     *
     * @throws IllegalArgumentException for {@link Position#END} (use {@link #subscribeToAll})
     */
    CompletableFuture<CatchUpSubscription> subscribeToAllFrom(Position checkpoint, SubscriptionOptions options,
                                                              SubscriptionListener listener);

    /**
     * A catch-up subscription to {@code stream} from {@code from} as a {@link Flow.Publisher}: the
     * same events as {@link #subscribeToStreamFrom(String, StreamPosition, SubscriptionOptions, SubscriptionListener)},
     * paced by the subscriber's demand (at most one read batch ahead of it; while live at most
     * {@link io.extreme.subscription.CatchUpOptions#queueSize()} held, then it lets the live feed go
     * and reads again once there is demand). Cold: each subscriber gets a catch-up of its own.
     * Signals follow the Reactive Streams rules, on the client's callback executor; the
     * {@link Flow.Subscription} is also a {@link CatchUpSubscription}. It never completes; a
     * hard-deleted stream is {@code onError} with {@link io.extreme.error.StreamDeletedException}, a
     * refused user with {@link AccessDeniedException}.
     */
    Flow.Publisher<ResolvedEvent> streamPublisher(String stream, StreamPosition from, SubscriptionOptions options);

    /** A catch-up subscription to {@code $all} after {@code checkpoint} as a {@link Flow.Publisher}; see {@link #streamPublisher}. */
    Flow.Publisher<ResolvedEvent> allPublisher(Position checkpoint, SubscriptionOptions options);
}
