package io.extreme.internal.listener;

import io.extreme.ExtremeClient;
import io.extreme.ReadOptions;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.internal.catchup.CatchUp;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One catch-up subscription of a {@link Listener}, from a start, a resume or a resubscription
 * to the drop that ends it. The listener keeps attempts apart so that the callbacks of an old
 * one never count for the next; {@link #ended} tells when an attempt's handler calls are over.
 *
 * <p><b>Threads.</b> Begun on the callback executor (or the thread that resumed), cancelled on
 * the user's; its callbacks come on the callback executor through its catch-up. The handle and
 * the cancel flag are guarded by a private lock, never held while calling out (the catch-up's
 * start and close run after it is let go).
 */
public final class ListenerAttempt implements SubscriptionListener {
    private static final Logger log = LoggerFactory.getLogger(Listener.class); // the listener's, as users configure it
    private final CheckpointedListener owner;
    /** Completes after the attempt's last callback: no handler call of it runs any more. */
    public final CompletableFuture<Void> ended = new CompletableFuture<>();
    /** Whether this attempt delivered an event or caught up: a sign the client is still usable. */
    public volatile boolean progressed;
    /** Guards subscription and cancelled. */
    private final Object lock = new Object();
    private CatchUpSubscription subscription;
    private boolean cancelled;

    ListenerAttempt(CheckpointedListener owner) {
        this.owner = owner;
    }

    /** Subscribes from the listener's checkpoint as it is now, unless cancelled meanwhile. */
    public void begin() {
        synchronized (lock) {
            if (cancelled) {
                ended.complete(null);
                return;
            }
        }
        CatchUpSubscription started;
        try {
            // Outside the lock: a direct callback executor may call back into this attempt at once.
            started = owner.subscribe(this);
        } catch (RuntimeException e) {
            onDropped(null, DropReason.SERVER_ERROR, e);
            return;
        }
        boolean closeNow;
        synchronized (lock) {
            subscription = started;
            closeNow = cancelled;
        }
        if (closeNow) {
            started.close();
        }
        // The handle came at once (the attempt must be able to close it before the server answers);
        // the catch-up's own start says when its first read was answered.
        if (started instanceof CatchUp catchUp) {
            catchUp.started().thenRun(() -> owner.answered(this));
        } else {
            owner.answered(this);
        }
    }

    /** Ends the attempt: its subscription is closed now, or never opened. */
    public void cancel() {
        CatchUpSubscription toClose;
        synchronized (lock) {
            cancelled = true;
            toClose = subscription;
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    @Override
    public void onEvent(Subscription subscription, ResolvedEvent event) throws Exception {
        owner.process(this, event);
    }

    @Override
    public void onLive(Subscription subscription) {
        owner.caughtUp(this);
    }

    @Override
    public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
        try {
            owner.dropped(this, reason, cause);
        } finally {
            ended.complete(null);
        }
    }

    /** Warns, once per subscription, that {@code stream} is not there: the attempt waits for it, which looks like a hang. */
    static void warnIfMissing(ExtremeClient client, String stream, String logPrefix) {
        client.readStreamSlice(stream, StreamPosition.END, ReadOptions.backward().withPageSize(1)).whenComplete((slice, error) -> {
            if (slice != null && slice.status() == ReadStatus.NO_STREAM) {
                log.warn("{} the stream does not exist or was soft-deleted; waiting for its events", logPrefix);
            }
        });
    }
}
