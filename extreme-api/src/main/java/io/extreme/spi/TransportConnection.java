package io.extreme.spi;

import io.extreme.Endpoint;

/**
 * One open connection of a {@link Transport}. {@link #send} may be called from any thread, never
 * blocks and keeps the order of calls; frames sent close together may leave in one write.
 */
public interface TransportConnection {
    /**
     * Queues {@code frame} for sending. After the close it is dropped.
     *
     * @throws IllegalArgumentException when the frame is longer than the transport's frame limit;
     *     the frame is refused and the connection stays open
     */
    void send(Frame frame);

    /** Closes the connection; the listener hears {@code onClosed} once. Idempotent. */
    void close();

    /** Whether the connection is still open. */
    boolean isOpen();

    /** The endpoint this connection was opened to. */
    Endpoint remote();
}
