package io.extreme.testkit.server;

import io.extreme.spi.message.Message;
import java.util.UUID;

/**
 * Where a {@link ConnectionSession} puts what it sends: one connection's way back to its
 * client, a socket for the TCP server or a listener for the in-memory transport.
 *
 * <p>Threads: both methods may be called from any thread, including the engine's while it holds
 * its lock, so they only queue work and never block. Messages are encoded later, on the
 * connection's own thread, to keep the engine's lock short.
 */
public interface SessionOutput {
    /** Queues {@code message} under {@code correlationId}; dropped once the connection is closing. */
    void send(UUID correlationId, Message message);

    /**
     * Closes the connection. With {@code flushFirst}, what is already queued (a BadRequest that
     * explains the close) goes out first, as far as the peer takes it without blocking; without,
     * the connection closes at once (heartbeat timeout, shutdown). Idempotent.
     *
     * @param reason why, for logs and for the in-memory client's close cause
     */
    void close(boolean flushFirst, String reason);
}
