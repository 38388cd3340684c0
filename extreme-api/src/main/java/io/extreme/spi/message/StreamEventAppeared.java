package io.extreme.spi.message;

/**
 * An event pushed to a volatile subscription.
 */
public record StreamEventAppeared(WireResolvedEvent event) implements Message {
}
