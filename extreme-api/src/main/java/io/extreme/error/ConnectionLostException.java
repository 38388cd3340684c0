package io.extreme.error;

/**
 * The connection went away while the call was in flight and no retries were left
 * ({@code maxOperationRetries}); the cause says why it went. The client itself goes on
 * reconnecting. A write may or may not have happened: repeating it with the same event ids is
 * safe.
 */
public class ConnectionLostException extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    public ConnectionLostException(String message) {
        super(message);
    }

    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ConnectionLostException copy() {
        return new ConnectionLostException(getMessage(), this);
    }
}
