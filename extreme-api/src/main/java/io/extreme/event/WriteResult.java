package io.extreme.event;

/**
 * The outcome of a successful append, metadata write or transaction commit.
 *
 * @param nextExpectedVersion the stream's version after the write: pass it as the expected
 *                            version of the next write
 * @param logPosition         where the last event landed in {@code $all}; {@code null} for an
 *                            idempotent repeat, which wrote nothing
 */
public record WriteResult(long nextExpectedVersion, Position logPosition) {
}
