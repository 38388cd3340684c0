package io.extreme.error;

/**
 * The group of failures where the connection to EventStore ended, or never came up, before an
 * operation completed. Catch it to treat them all alike; catch a subclass to tell the situations
 * apart, since each asks for something else:
 *
 * <ul>
 *   <li>{@link ClientClosedException}: this client (or this view of it) was closed by its user;
 *       nothing to retry, open a new one.
 *   <li>{@link ReconnectsExhaustedException}: the client gave up reconnecting after
 *       {@code maxReconnectAttempts}; the server is unreachable, the client is closed.
 *   <li>{@link ConnectionLostException}: the connection went while the call was in flight and no
 *       retries were left; the client goes on reconnecting, and the call may or may not have
 *       taken effect on the server.
 *   <li>{@link HandshakeTimeoutException}: a node accepted the connection but did not answer the
 *       handshake in time (often not an EventStore TCP port).
 *   <li>{@link HeartbeatTimeoutException}: a connected node fell silent past the heartbeat timeout.
 * </ul>
 */
public abstract class ConnectionClosedException extends ExtremeException {
    private static final long serialVersionUID = 1L;

    protected ConnectionClosedException(String message) {
        super(message);
    }

    protected ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A subclass copies itself as its own class, so a catch of the subclass still matches. */
    @Override
    public abstract ConnectionClosedException copy();
}
