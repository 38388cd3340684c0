package io.extreme.spi.message;

/**
 * Credentials were refused; the text says why.
 */
public record NotAuthenticated(String reason) implements Message {
}
