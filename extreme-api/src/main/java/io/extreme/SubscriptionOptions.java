package io.extreme;

import io.extreme.subscription.CatchUpOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How to subscribe: whether link events are resolved (no by default), and for catch-up
 * subscriptions how they read and hold events ({@link CatchUpOptions}: read batch, queue, watchdog);
 * the user it subscribes as ({@link #withCredentials}). Timeouts and deadlines ({@link PerCall})
 * bound the wait for the server's confirmation of a volatile subscription. A volatile subscription
 * uses only {@link #resolveLinkTos()} and the call settings.
 *
 * <p>Immutable: each {@code with} returns a new instance.
 */
public final class SubscriptionOptions extends PerCall<SubscriptionOptions> {
    /** Links as they are, {@link CatchUpOptions#defaults()}, the client's call settings. */
    public static final SubscriptionOptions DEFAULTS = new SubscriptionOptions(CatchUpOptions.defaults(), CallOptions.DEFAULTS);

    private final CatchUpOptions catchUp;

    private SubscriptionOptions(CatchUpOptions catchUp, CallOptions call) {
        super(call);
        this.catchUp = catchUp;
    }

    /** The defaults. */
    public static SubscriptionOptions defaults() {
        return DEFAULTS;
    }

    /** Whether the server replaces each link event by the event it points to. */
    public SubscriptionOptions withResolveLinkTos(boolean value) {
        return new SubscriptionOptions(catchUp.withResolveLinkTos(value), call());
    }

    /** A catch-up's read batch; see {@link CatchUpOptions#withReadBatchSize}. */
    public SubscriptionOptions withReadBatchSize(int value) {
        return new SubscriptionOptions(catchUp.withReadBatchSize(value), call());
    }

    /** A catch-up's queue of events not yet handled; see {@link CatchUpOptions#withQueueSize}. */
    public SubscriptionOptions withQueueSize(int value) {
        return new SubscriptionOptions(catchUp.withQueueSize(value), call());
    }

    /** A catch-up's live watchdog; see {@link CatchUpOptions#withWatchdog}. */
    public SubscriptionOptions withWatchdog(Duration value) {
        return new SubscriptionOptions(catchUp.withWatchdog(value), call());
    }

    /** These options with a catch-up's settings taken from {@code value} (its resolve-links too). */
    public SubscriptionOptions withCatchUp(CatchUpOptions value) {
        return new SubscriptionOptions(Objects.requireNonNull(value, "catch-up options must not be null"), call());
    }

    @Override
    SubscriptionOptions withCallOptions(CallOptions value) {
        return new SubscriptionOptions(catchUp, value);
    }

    /** Whether link events are resolved. */
    public boolean resolveLinkTos() {
        return catchUp.resolveLinkTos();
    }

    /** A catch-up's settings. */
    public CatchUpOptions catchUp() {
        return catchUp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubscriptionOptions that && catchUp.equals(that.catchUp) && call().equals(that.call());
    }

    @Override
    public int hashCode() {
        return Objects.hash(catchUp, call());
    }

    @Override
    public String toString() {
        return "SubscriptionOptions[" + catchUp + ", " + call() + "]";
    }
}
