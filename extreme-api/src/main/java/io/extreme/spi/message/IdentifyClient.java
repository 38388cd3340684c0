package io.extreme.spi.message;

/**
 * Names the connection and selects protocol version 1 semantics (v4 servers).
 *
 * @param version always 1
 * @param connectionName or null
 */
public record IdentifyClient(int version, String connectionName) implements Message {
}
