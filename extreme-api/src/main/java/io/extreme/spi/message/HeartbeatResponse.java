package io.extreme.spi.message;

/**
 * Answers a {@link HeartbeatRequest}.
 */
public record HeartbeatResponse() implements Message {
}
