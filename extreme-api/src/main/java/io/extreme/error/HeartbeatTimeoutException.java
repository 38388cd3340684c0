package io.extreme.error;

/**
 * A connected node sent nothing, not even a heartbeat answer, within the heartbeat timeout: the
 * peer or the network went silent. The client lets the connection go and reconnects; calls in
 * flight are retried, or fail with {@link ConnectionLostException} caused by this one.
 */
public class HeartbeatTimeoutException extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    public HeartbeatTimeoutException(String message) {
        super(message);
    }

    public HeartbeatTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public HeartbeatTimeoutException copy() {
        return new HeartbeatTimeoutException(getMessage(), this);
    }
}
