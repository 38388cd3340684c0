package io.extreme.spi.message;

/**
 * Ends the subscription of this correlation id.
 */
public record UnsubscribeFromStream() implements Message {
}
