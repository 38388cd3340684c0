package io.extreme.spi.message;

/**
 * The outcome of {@link DeleteStream}.
 *
 * @param message or null
 * @param preparePosition or null
 * @param commitPosition or null
 */
public record DeleteStreamCompleted(OperationResult result, String message, Long preparePosition, Long commitPosition) implements Message {
}
