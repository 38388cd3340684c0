package io.extreme.spi.message;

/**
 * Answers a {@link Ping} with its payload.
 *
 * @param payload the ping's payload
 */
public record Pong(byte[] payload) implements Message {
}
