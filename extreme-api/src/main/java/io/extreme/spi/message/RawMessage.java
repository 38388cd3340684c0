package io.extreme.spi.message;

/**
 * A frame of a command the codec does not map, carried as it is.
 *
 * @param command 0..255
 */
public record RawMessage(int command, byte[] payload) implements Message {
}
