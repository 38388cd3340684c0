package io.extreme.spi.message;

/**
 * Asks the server to scavenge its database.
 */
public record ScavengeDatabase() implements Message {
}
