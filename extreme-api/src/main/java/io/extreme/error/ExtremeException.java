package io.extreme.error;

/**
 * The root of every exception Extreme throws. Unchecked: a failed operation completes its
 * {@link java.util.concurrent.CompletableFuture} exceptionally with a subclass of this type.
 *
 * <p>Messages carry the stream name and the server's own words where there are any, and never
 * a password.
 */
public class ExtremeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtremeException(String message) {
        super(message);
    }

    public ExtremeException(String message, Throwable cause) {
        super(message, cause);
    }
}
