package io.extreme.error;

/**
 * The client was closed by its user, or this view of it ({@link io.extreme.ExtremeClient#withCredentials})
 * was: calls pending at the close fail with it, and so does every call made after. Nothing to
 * retry on this client; the message says whether the client itself is still open.
 */
public class ClientClosedException extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    public ClientClosedException(String message) {
        super(message);
    }

    public ClientClosedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ClientClosedException copy() {
        return new ClientClosedException(getMessage(), this);
    }
}
