package io.extreme.spi.message;

/**
 * Reads a slice of a stream, forward or backward.
 *
 * @param fromEventNumber backward: -1 is the end
 * @param maxCount at most 4096
 */
public record ReadStreamEvents(ReadDirection direction, String streamId, long fromEventNumber, int maxCount, boolean resolveLinkTos, boolean requireMaster) implements Message {
}
