package io.extreme.spi.message;

/**
 * The credentials of {@link Authenticate} were accepted.
 */
public record Authenticated() implements Message {
}
