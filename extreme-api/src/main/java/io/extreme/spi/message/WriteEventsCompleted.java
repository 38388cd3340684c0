package io.extreme.spi.message;

/**
 * The outcome of {@link WriteEvents}. Boxed fields are optional on the wire: {@code null} means absent.
 *
 * @param message the server's words, or null
 * @param preparePosition or null
 * @param commitPosition or null
 * @param currentVersion the stream's version (v4 and later), or null
 */
public record WriteEventsCompleted(OperationResult result, String message, long firstEventNumber, long lastEventNumber, Long preparePosition, Long commitPosition, Long currentVersion) implements Message {
}
