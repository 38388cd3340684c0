package io.extreme.spi.message;

/**
 * Asks the peer for a {@link HeartbeatResponse} with the same correlation id.
 */
public record HeartbeatRequest() implements Message {
}
