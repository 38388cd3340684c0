package io.extreme.spi.message;

/**
 * An event read from a stream, with the link that led to it.
 *
 * @param event null when a link could not be resolved or nothing was found
 * @param link the $&gt; record, or null
 */
public record ResolvedIndexedEvent(EventRecord event, EventRecord link) {
}
