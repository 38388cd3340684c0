package io.extreme.event;

/**
 * The outcome of deleting a stream.
 *
 * @param logPosition where the delete landed in {@code $all}, or {@code null} when the server did not say
 */
public record DeleteResult(Position logPosition) {
}
