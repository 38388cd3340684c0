package io.extreme.spi;

/**
 * Receives what arrives on one {@link TransportConnection}. Called on the transport's I/O thread,
 * in the order the frames arrived: implementations hand work to another thread and return.
 */
public interface TransportListener {
    /** A whole frame arrived. */
    void onFrame(TransportConnection connection, Frame frame);

    /**
     * The connection's outbound queue, which had passed the high-water mark, has drained below
     * the low-water mark: {@link TransportConnection#isWritable} is true again. Called once per
     * such turn, never after {@code onClosed}. A listener that never holds sends back has nothing
     * to do here, hence the default.
     */
    default void onWritable(TransportConnection connection) {
    }

    /**
     * The connection closed, by either side. {@code cause} is {@code null} for an orderly close
     * and otherwise says why (peer reset, bad frame length, frame over the limit). Called once.
     */
    void onClosed(TransportConnection connection, Throwable cause);
}
