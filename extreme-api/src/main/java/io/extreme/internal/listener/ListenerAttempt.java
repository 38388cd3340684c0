package io.extreme.internal.listener;

import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.util.concurrent.CompletableFuture;

/**
 * One catch-up subscription of a {@link Listener}, from a start, a resume or a resubscription
 * to the drop that ends it. The listener keeps attempts apart so that the callbacks of an old
 * one never count for the next; {@link #ended} tells when an attempt's handler calls are over.
 */
public final class ListenerAttempt implements SubscriptionListener {
    private final CheckpointedListener owner;
    /** Completes after the attempt's last callback: no handler call of it runs any more. */
    public final CompletableFuture<Void> ended = new CompletableFuture<>();
    /** Whether this attempt delivered an event or caught up: a sign the client is still usable. */
    public volatile boolean progressed;
    private CatchUpSubscription subscription;
    private boolean cancelled;

    ListenerAttempt(CheckpointedListener owner) {
        this.owner = owner;
    }

    /** Subscribes from the listener's checkpoint as it is now, unless cancelled meanwhile. */
    public void begin() {
        synchronized (this) {
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
        synchronized (this) {
            subscription = started;
            closeNow = cancelled;
        }
        if (closeNow) {
            started.close();
        }
    }

    /** Ends the attempt: its subscription is closed now, or never opened. */
    public void cancel() {
        CatchUpSubscription toClose;
        synchronized (this) {
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
}
