package io.extreme.spi.message;

/**
 * Sets the connection's default user from the frame's credentials.
 */
public record Authenticate() implements Message {
}
