package io.extreme.spi;

import io.extreme.Endpoint;

/**
 * One open connection of a {@link Transport}. {@link #send} may be called from any thread, never
 * blocks and keeps the order of calls; frames sent close together may leave in one write.
 */
public interface TransportConnection {
    /** Queues {@code frame} for sending. After the close it is dropped. */
    void send(Frame frame);

    /** Closes the connection; the listener hears {@code onClosed} once. Idempotent. */
    void close();

    /** Whether the connection is still open. */
    boolean isOpen();

    /** The endpoint this connection was opened to. */
    Endpoint remote();
}
