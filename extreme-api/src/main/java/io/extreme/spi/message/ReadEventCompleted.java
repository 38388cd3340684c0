package io.extreme.spi.message;

/**
 * The outcome of {@link ReadEvent}.
 *
 * @param event the event; its parts are null on failures
 * @param error or null
 */
public record ReadEventCompleted(ReadEventResult result, ResolvedIndexedEvent event, String error) implements Message {
}
