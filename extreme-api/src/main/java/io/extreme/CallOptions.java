package io.extreme;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one call may set apart from the client's settings: the user it runs as, how long each
 * attempt waits for its answer (the timeout), how long the whole call may take across waiting for
 * a connection and retries (the deadline), and whether the master must serve it. Everything left
 * unset is the client's: {@link ExtremeSettings#defaultCredentials()},
 * {@link ExtremeSettings#operationTimeout()}, no deadline, {@link ExtremeSettings#requireMaster()}.
 *
 * <p>Immutable: every {@code with} returns a new instance, so one value can be kept in a constant
 * and shared between threads. A deadline is a duration, counted from each call that uses it.
 */
public final class CallOptions {
    /** Nothing set: every call runs with the client's settings. */
    public static final CallOptions DEFAULTS = new CallOptions(null, null, null, null);

    private final UserCredentials credentials;
    private final Duration timeout;
    private final Duration deadline;
    private final Boolean requireMaster;

    private CallOptions(UserCredentials credentials, Duration timeout, Duration deadline, Boolean requireMaster) {
        this.credentials = credentials;
        this.timeout = timeout;
        this.deadline = deadline;
        this.requireMaster = requireMaster;
    }

    /** The same as {@link #DEFAULTS}. */
    public static CallOptions defaults() {
        return DEFAULTS;
    }

    /** Runs the call as {@code user} instead of the client's default user. */
    public CallOptions withCredentials(UserCredentials user) {
        return new CallOptions(Objects.requireNonNull(user, "credentials must not be null"), timeout, deadline, requireMaster);
    }

    /**
     * Waits at most {@code value} for each attempt's answer (and, for a call without a deadline, for
     * a connection before it is sent), instead of {@link ExtremeSettings#operationTimeout()}; an
     * attempt lost with its connection is retried as usual, each with this timeout.
     *
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public CallOptions withTimeout(Duration value) {
        return new CallOptions(credentials, positive(value, "timeout"), deadline, requireMaster);
    }

    /**
     * Ends the call with {@link io.extreme.error.OperationTimeoutException} once {@code value} has
     * passed since it was made, whatever it is doing then: waiting for a connection, waiting for its
     * answer or for a retry. A deadline shorter than the timeout wins; a longer one lets the call
     * wait out an outage, since a call with a deadline waits for a connection until the deadline
     * (without one, for a timeout).
     *
     * @throws IllegalArgumentException when {@code value} is not positive
     */
    public CallOptions withDeadline(Duration value) {
        return new CallOptions(credentials, timeout, positive(value, "deadline"), requireMaster);
    }

    /** Whether the master must serve the call ({@code true}) or any node may ({@code false}). */
    public CallOptions withRequireMaster(boolean value) {
        return new CallOptions(credentials, timeout, deadline, value);
    }

    /** The user the call runs as; empty: the client's (or the view's) user. */
    public Optional<UserCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** Each attempt's timeout; empty: {@link ExtremeSettings#operationTimeout()}. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The whole call's time limit, counted from the call; empty: none. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the master must serve the call; empty: {@link ExtremeSettings#requireMaster()}. */
    public Optional<Boolean> requireMaster() {
        return Optional.ofNullable(requireMaster);
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallOptions that && Objects.equals(credentials, that.credentials)
                && Objects.equals(timeout, that.timeout) && Objects.equals(deadline, that.deadline)
                && Objects.equals(requireMaster, that.requireMaster);
    }

    @Override
    public int hashCode() {
        return Objects.hash(credentials, timeout, deadline, requireMaster);
    }

    @Override
    public String toString() {
        // Never the password: credentials are shown by login only.
        return "CallOptions[credentials=" + (credentials == null ? "default" : credentials.login())
                + ", timeout=" + (timeout == null ? "default" : timeout)
                + ", deadline=" + (deadline == null ? "none" : deadline)
                + ", requireMaster=" + (requireMaster == null ? "default" : requireMaster) + "]";
    }
}
