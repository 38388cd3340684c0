package io.extreme.spi.message;

/**
 * Asks for a {@link Pong}; the server echoes the payload.
 *
 * @param payload any bytes, echoed
 */
public record Ping(byte[] payload) implements Message {
}
