package io.extreme.spi.message;

/**
 * An event pushed to a volatile subscription.
 */
public record StreamEventAppeared(ResolvedEvent event) implements Message {
}
