package io.extreme.transport.nio;

/**
 * What the {@link IoLoop} drives: a channel being connected, or an open connection. Called on
 * the loop thread only.
 */
interface IoHandler {
    /** The channel is ready for {@code readyOps} ({@link java.nio.channels.SelectionKey} bits). */
    void onReady(int readyOps);

    /**
     * Ends the handler at once and releases its channel; {@code cause} is {@code null} when
     * this side chose to close (a local close, the transport closing). Idempotent.
     */
    void closeNow(Throwable cause);
}
