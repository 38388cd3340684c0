package io.extreme.spi.message;

/**
 * The peer could not handle a frame; the text says why.
 */
public record BadRequest(String reason) implements Message {
}
