package io.extreme.error;

/**
 * The connection closed (by the client, the server, or after the reconnect attempts ran out) before an operation completed.
 */
public class ConnectionClosedException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    public ConnectionClosedException(String message) {
        super(message);
    }

    public ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
