package io.extreme.error;

/**
 * The root of every exception Extreme throws. Unchecked: a failed operation completes its
 * {@link java.util.concurrent.CompletableFuture} exceptionally with a subclass of this type.
 *
 * <p>Messages carry the stream name and the server's own words where there are any, and never
 * a password. The tree under this root is grouped by cause; see the {@linkplain io.extreme.error
 * package} for it.
 */
public class ExtremeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtremeException(String message) {
        super(message);
    }

    public ExtremeException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A new exception of this one's own class, with the same message and fields and this one as
     * its cause, made on the calling thread so that its stack trace is the caller's. The futures
     * of {@link io.extreme.ExtremeClient} throw such a copy from {@code join()} and {@code get()}:
     * the engine's thread failed the call, but the trace should show where the user waited for it.
     * Every subclass returns its own class; one that does not override this (outside this
     * library) is not copied.
     */
    public ExtremeException copy() {
        return new ExtremeException(getMessage(), this);
    }
}
