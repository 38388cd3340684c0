package io.extreme.spi;

import io.extreme.Endpoint;

/**
 * One open connection of a {@link Transport}. {@link #send} may be called from any thread, never
 * blocks and keeps the order of calls; frames sent close together may leave in one write.
 *
 * <p>Back-pressure runs both ways through this port and stops at the socket. Inbound, the engine
 * takes away read demand ({@link #suspendReading}) while it is behind, so that what it has not
 * handled stays in the peer's send buffer and the kernel's, not in our heap. Outbound,
 * {@link #send} never refuses and never blocks, but the transport counts the bytes it holds and
 * not yet written; above its high-water mark {@link #isWritable} turns false and the engine holds
 * further operations back until the listener hears {@link TransportListener#onWritable}.
 */
public interface TransportConnection {
    /**
     * Queues {@code frame} for sending. After the close it is dropped.
     *
     * @throws IllegalArgumentException when the frame is longer than the transport's frame limit;
     *     the frame is refused and the connection stays open
     */
    void send(Frame frame);

    /**
     * Queues {@code frame} as {@link #send} does, but leaves the writing to the next
     * {@link #flush}, which the caller promises: a caller that sends a burst of frames writes
     * them in one go on its own thread, with no hand-over to the transport's. Any thread; the
     * order with {@link #send} is kept. By default the same as {@link #send}.
     *
     * @throws IllegalArgumentException as {@link #send}
     */
    default void write(Frame frame) {
        send(frame);
    }

    /**
     * Writes what is queued, on the calling thread as far as the socket takes it without
     * blocking; the transport's own thread writes the rest. Nothing to do when a write of the
     * transport's own is already due, which takes these frames too. Any thread; never blocks for
     * long (a write in progress on another thread is waited for). By default nothing, for
     * transports whose {@link #write} sends.
     */
    default void flush() {
    }

    /** Closes the connection; the listener hears {@code onClosed} once. Idempotent. */
    void close();

    /** Whether the connection is still open. */
    boolean isOpen();

    /**
     * Stops reading from the socket until {@link #resumeReading}: no more bytes are taken, so the
     * peer's sends back up in the socket buffers and, past them, in the peer. Frames already
     * decoded may still be delivered. Any thread, never blocks; idempotent.
     */
    void suspendReading();

    /**
     * Reads again after {@link #suspendReading}, starting with what is already buffered. Any
     * thread, never blocks; idempotent, and harmless on a connection that was not suspended or
     * is closed.
     */
    void resumeReading();

    /**
     * {@link System#nanoTime()} when a whole frame last arrived on this connection (or when it
     * opened), stamped by the transport on its own thread as it reads, so that it stays true however
     * far behind the listener's consumer is. A whole frame, not any bytes: a peer whose bytes never
     * complete a frame (a length prefix that lies, a stream gone astray) is as silent as one that
     * sends nothing, and the heartbeat must end it. Any thread.
     */
    long lastReceivedNanos();

    /**
     * Whether the bytes queued and not yet written are below the transport's high-water mark.
     * Once false, it turns true again only when the queue has drained below the low-water mark,
     * and the listener then hears {@link TransportListener#onWritable} once. {@link #send} still
     * accepts while it is false; it is for the caller to hold back. False once closed. Any thread.
     */
    boolean isWritable();

    /** The endpoint this connection was opened to. */
    Endpoint remote();
}
