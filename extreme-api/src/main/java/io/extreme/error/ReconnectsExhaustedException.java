package io.extreme.error;

/**
 * The client gave up reconnecting after {@code maxReconnectAttempts} failed attempts in a row
 * and closed itself; the cause is the last attempt's failure. The server (or the address) is
 * unreachable: a new client is needed once it is back.
 */
public class ReconnectsExhaustedException extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    public ReconnectsExhaustedException(String message) {
        super(message);
    }

    public ReconnectsExhaustedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ReconnectsExhaustedException copy() {
        return new ReconnectsExhaustedException(getMessage(), this);
    }
}
