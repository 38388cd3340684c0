package io.extreme.internal.listener;

import io.extreme.ExtremeClient;
import io.extreme.SubscriptionOptions;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of a {@link FanoutListener}: one volatile subscription at a time, renewed after a
 * lost connection, with the forwarder's calls kept in order and waited for on close.
 *
 * <p><b>Threads.</b> The state and the current feed are guarded by a private lock, held only to
 * read or change them: never while calling the forwarder, a hook, the client or a future, and
 * never on this object, which users hold. The forwarder runs on the callback executor, through
 * the volatile subscription's serial delivery; close runs on the caller's thread and waits, at
 * most a bound ({@link HandlerWait}), for a forwarder call in progress.
 */
public final class LiveFanout implements FanoutListener {
    private static final Logger log = LoggerFactory.getLogger(FanoutListener.class); // named after the type users configure

    private enum State { NEW, RUNNING, CLOSED, FAILED }

    private final ExtremeClient client;
    private final String stream;
    private final Forwarder forwarder;
    private final boolean resolveLinkTos;
    private final Consumer<Throwable> onError;
    private final String logPrefix;
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    /** Guards state, current, lastFeedEnded and fruitlessResubscriptions; nothing is called out under it. */
    private final Object lock = new Object();
    private volatile Thread forwarderThread;
    private State state = State.NEW;
    private Feed current;
    /** The end of the feed the first close let go: what a second close reports. */
    private CompletableFuture<Void> lastFeedEnded = CompletableFuture.completedFuture(null);
    private int fruitlessResubscriptions;

    LiveFanout(FanoutSetup b) {
        this.client = b.client;
        this.stream = b.stream;
        this.forwarder = b.forwarder;
        this.resolveLinkTos = b.resolveLinkTos;
        this.onError = b.onError;
        this.logPrefix = "[" + client.settings().connectionName() + "|fanout " + stream + "]";
    }

    @Override
    public CompletableFuture<FanoutListener> start() {
        Feed feed;
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException(logPrefix + " already started (" + state + ")");
            }
            state = State.RUNNING;
            feed = new Feed();
            current = feed;
        }
        return subscribe(feed).thenApply(subscription -> this);
    }

    @Override
    public String streamId() {
        return stream;
    }

    @Override
    public boolean isActive() {
        synchronized (lock) {
            return state == State.RUNNING;
        }
    }

    @Override
    public CompletableFuture<Void> completion() {
        return completion.copy();
    }

    @Override
    public void close() {
        close(FORWARDER_WAIT);
    }

    @Override
    public boolean close(Duration wait) {
        Feed feed;
        synchronized (lock) {
            if (state == State.CLOSED || state == State.FAILED) {
                return lastFeedEnded.isDone(); // idempotent: only the first close waits
            }
            state = State.CLOSED;
            feed = current;
            current = null;
            if (feed != null) {
                lastFeedEnded = feed.ended;
            }
        }
        Subscription subscription = feed == null ? null : feed.subscription;
        if (subscription == null || Thread.currentThread() == forwarderThread) {
            if (subscription != null) {
                subscription.close();
            }
            completion.complete(null); // nothing to wait for, or the forwarder itself: it cannot wait for its own call
            return true;
        }
        subscription.close();
        feed.ended.whenComplete((ignored, error) -> completion.complete(null));
        return HandlerWait.await(feed.ended, wait, log, logPrefix, "a forwarder call in progress to return before closing");
    }

    @Override
    public String toString() {
        return "FanoutListener[" + stream + "]";
    }

    private CompletableFuture<Subscription> subscribe(Feed feed) {
        CompletableFuture<Subscription> subscribed = client.subscribeToStream(stream, SubscriptionOptions.DEFAULTS.withResolveLinkTos(resolveLinkTos), feed);
        return subscribed.whenComplete((subscription, error) -> {
            if (subscription == null) {
                return; // a refusal also reaches feed.onDropped, which reports it
            }
            feed.confirmed = true;
            boolean wanted;
            synchronized (lock) {
                wanted = feed == current && state == State.RUNNING;
                feed.subscription = subscription;
            }
            if (!wanted) {
                subscription.close(); // closed while the server was confirming
            }
        });
    }

    private boolean isCurrent(Feed feed) {
        synchronized (lock) {
            return feed == current && state == State.RUNNING;
        }
    }

    private void dropped(Feed feed, DropReason reason, Throwable cause) {
        Feed next = null;
        synchronized (lock) {
            if (feed != current || state != State.RUNNING) {
                return; // closed on purpose
            }
            // A subscription lost with its connection is worth renewing, unless renewing keeps failing.
            fruitlessResubscriptions = feed.confirmed ? 1 : fruitlessResubscriptions + 1;
            if (reason == DropReason.CONNECTION_CLOSED && fruitlessResubscriptions <= Listener.MAX_FRUITLESS_RESUBSCRIPTIONS) {
                next = new Feed();
                current = next;
            } else {
                state = State.FAILED;
                current = null;
            }
        }
        if (next == null) {
            Throwable failure = ListenerFailures.of(stream, reason, cause);
            log.error("{} stopped: {}", logPrefix, failure.toString());
            try {
                onError.accept(failure);
            } catch (RuntimeException e) {
                log.warn("{} the error hook threw", logPrefix, e);
            }
            completion.completeExceptionally(failure);
            return;
        }
        Duration delay = client.settings().reconnectDelay();
        log.warn("{} the subscription dropped ({}); subscribing again in {} ms", logPrefix,
                cause == null ? reason : cause.getMessage(), delay.toMillis());
        Feed renewed = next;
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (isCurrent(renewed)) {
                subscribe(renewed);
            }
        });
    }

    /** The listener of one volatile subscription; callbacks of a replaced one are ignored. */
    private final class Feed implements SubscriptionListener {
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        volatile Subscription subscription;
        /** Whether the server confirmed it or it delivered an event: a sign the client is still usable. */
        volatile boolean confirmed;

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) throws Exception {
            if (!isCurrent(this)) {
                return;
            }
            confirmed = true;
            forwarderThread = Thread.currentThread();
            try {
                forwarder.forward(event);
            } finally {
                forwarderThread = null;
            }
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            try {
                dropped(this, reason, cause);
            } finally {
                ended.complete(null);
            }
        }
    }
}
