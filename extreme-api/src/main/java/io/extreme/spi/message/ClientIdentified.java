package io.extreme.spi.message;

/**
 * Answers {@link IdentifyClient}.
 */
public record ClientIdentified() implements Message {
}
