package io.extreme;

import java.time.Duration;

/**
 * Hears the life of a client's connection: each connection made and lost, each wait before
 * reconnecting, errors that cost a connection, refused credentials, and the final close.
 * Register it with {@link ExtremeSettings.Builder#connectionListener}.
 *
 * <p>Events arrive in the order they happened, one at a time, on the client's callback executor
 * (never on an I/O thread). A listener should return quickly; an exception it throws is logged
 * and ignored. Every method does nothing by default, so implement only what you need.
 */
public interface ConnectionListener {
    /** A connection to {@code node} is open and ready (handshake done); pending operations go out now. */
    default void connected(Endpoint node) {
    }

    /**
     * The connection to {@code node} is gone. The client reconnects by itself unless it is closing;
     * pending operations wait for the next connection.
     *
     * @param cause why (a reset, a heartbeat timeout, a redirect to the master...), or {@code null}
     */
    default void disconnected(Endpoint node, Throwable cause) {
    }

    /**
     * The client will try to connect again after {@code delay}.
     *
     * @param attempt the number of this attempt since the last successful connection, from 1
     */
    default void reconnecting(int attempt, Duration delay) {
    }

    /**
     * Something went wrong that the client handled by itself, usually by dropping the connection:
     * a frame it could not read, a handshake that never finished. For logs and alerts.
     */
    default void error(Throwable error) {
    }

    /** The node refused the default credentials of the settings; operations will fail with NotAuthenticated. */
    default void authenticationFailed(Endpoint node, String reason) {
    }

    /**
     * The client is closed for good: every pending operation has failed.
     *
     * @param cause {@code null} when the user closed it, else why it gave up (for example the
     *     maximum number of reconnect attempts was reached)
     */
    default void closed(Throwable cause) {
    }
}
