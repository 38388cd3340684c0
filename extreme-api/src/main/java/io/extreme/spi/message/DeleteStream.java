package io.extreme.spi.message;

/**
 * Deletes a stream, softly (it can be recreated) or hard (a tombstone).
 *
 * @param hardDelete true for a tombstone; null leaves the field out (soft)
 */
public record DeleteStream(String streamId, long expectedVersion, boolean requireMaster, Boolean hardDelete) implements Message {
}
