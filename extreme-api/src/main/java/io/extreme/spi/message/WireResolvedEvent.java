package io.extreme.spi.message;

/**
 * An event read from {@code $all} or pushed to a subscription, with its position.
 *
 * @param event or null
 * @param link or null
 */
public record WireResolvedEvent(EventRecord event, EventRecord link, long commitPosition, long preparePosition) {
}
