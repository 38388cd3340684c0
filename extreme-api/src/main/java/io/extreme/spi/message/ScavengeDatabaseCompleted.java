package io.extreme.spi.message;

/**
 * The outcome of a scavenge (3.x and 4.x servers).
 *
 * @param error or null
 */
public record ScavengeDatabaseCompleted(ScavengeResult result, String error, int totalTimeMs, long totalSpaceSaved) implements Message {
}
