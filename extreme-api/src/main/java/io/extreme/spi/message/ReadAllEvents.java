package io.extreme.spi.message;

/**
 * Reads a slice of {@code $all} from a position.
 *
 * @param commitPosition (-1, -1) is the end
 */
public record ReadAllEvents(ReadDirection direction, long commitPosition, long preparePosition, int maxCount, boolean resolveLinkTos, boolean requireMaster) implements Message {
}
