package io.extreme.internal;

/**
 * What an operation makes of a reply: a result, a failure, or a reason to send it again.
 */
final class Outcome<T> {
    final T value;
    final RuntimeException failure;
    final String retryReason;
    /** For a retry: the failure to report when no retries are left. */
    final RuntimeException whenExhausted;

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

    boolean isRetry() {
        return retryReason != null;
    }
}
