package io.extreme.internal.operation;

/**
 * What an operation makes of a reply: a result, a failure, or a reason to send it again.
 */
public final class Outcome<T> {
    public final T value;
    public final RuntimeException failure;
    public final String retryReason;
    /** For a retry: the failure to report when no retries are left. */
    public final RuntimeException whenExhausted;
    /** For a retry: wait the retry delay first (the node is busy or not ready). */
    public boolean later;
    /** For a retry: the node to send it to instead (the master a NotMaster answer named). */
    public io.extreme.Endpoint redirect;

    private Outcome(T value, RuntimeException failure, String retryReason) {
        this(value, failure, retryReason, null);
    }

    private Outcome(T value, RuntimeException failure, String retryReason, RuntimeException whenExhausted) {
        this.value = value;
        this.failure = failure;
        this.retryReason = retryReason;
        this.whenExhausted = whenExhausted;
    }

    static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, null, null);
    }

    static <T> Outcome<T> fail(RuntimeException failure) {
        return new Outcome<>(null, failure, null);
    }

    static <T> Outcome<T> retry(String reason, RuntimeException whenExhausted) {
        return new Outcome<>(null, null, reason, whenExhausted);
    }

    /** A retry after the settings' retry delay. */
    static <T> Outcome<T> retryLater(String reason, RuntimeException whenExhausted) {
        Outcome<T> outcome = retry(reason, whenExhausted);
        outcome.later = true;
        return outcome;
    }

    /** A retry on another node: the client reconnects there first. */
    static <T> Outcome<T> redirect(io.extreme.Endpoint master, String reason, RuntimeException whenExhausted) {
        Outcome<T> outcome = retry(reason, whenExhausted);
        outcome.redirect = master;
        return outcome;
    }

    public boolean isRetry() {
        return retryReason != null;
    }
}
