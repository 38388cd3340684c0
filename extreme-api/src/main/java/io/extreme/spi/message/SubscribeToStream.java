package io.extreme.spi.message;

/**
 * Starts a volatile subscription; an empty stream id means {@code $all}.
 */
public record SubscribeToStream(String streamId, boolean resolveLinkTos) implements Message {
}
