package io.extreme;

import java.time.Duration;
import java.util.Objects;

/**
 * What every call family's options share: the {@link CallOptions} of the call (user, timeout,
 * deadline, require-master), with shortcuts to set each. The options of a family ({@link ReadOptions},
 * {@link AppendOptions}...) extend it so that all of them set those four the same way.
 *
 * @param <T> the options type itself, which every {@code with} returns
 */
public abstract sealed class PerCall<T extends PerCall<T>>
        permits ReadOptions, AppendOptions, DeleteOptions, SubscriptionOptions, PersistentConnectOptions {
    private final CallOptions call;

    PerCall(CallOptions call) {
        this.call = Objects.requireNonNull(call, "call options must not be null");
    }

    /** The call's own settings. */
    public final CallOptions call() {
        return call;
    }

    /** These options with the call's settings replaced by {@code value}. */
    public final T withCall(CallOptions value) {
        return withCallOptions(Objects.requireNonNull(value, "call options must not be null"));
    }

    /** Runs the call as {@code user}; see {@link CallOptions#withCredentials}. */
    public final T withCredentials(UserCredentials user) {
        return withCallOptions(call.withCredentials(user));
    }

    /** Each attempt waits at most {@code value}; see {@link CallOptions#withTimeout}. */
    public final T withTimeout(Duration value) {
        return withCallOptions(call.withTimeout(value));
    }

    /** The whole call takes at most {@code value}; see {@link CallOptions#withDeadline}. */
    public final T withDeadline(Duration value) {
        return withCallOptions(call.withDeadline(value));
    }

    /** Whether the master must serve the call; see {@link CallOptions#withRequireMaster}. */
    public final T withRequireMaster(boolean value) {
        return withCallOptions(call.withRequireMaster(value));
    }

    /** A copy of these options with {@code value} as the call's settings. */
    abstract T withCallOptions(CallOptions value);
}
