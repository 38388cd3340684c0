package io.extreme.error;

/**
 * A node accepted the connection but did not answer a handshake step (authentication,
 * identification, the protocol probe) within {@code handshakeTimeout}: often an address that is
 * not an EventStore TCP endpoint. The client lets the connection go and tries again.
 */
public class HandshakeTimeoutException extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    public HandshakeTimeoutException(String message) {
        super(message);
    }

    public HandshakeTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public HandshakeTimeoutException copy() {
        return new HandshakeTimeoutException(getMessage(), this);
    }
}
