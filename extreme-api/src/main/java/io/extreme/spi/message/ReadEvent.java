package io.extreme.spi.message;

/**
 * Reads one event; event number -1 is the stream's last.
 */
public record ReadEvent(String streamId, long eventNumber, boolean resolveLinkTos, boolean requireMaster) implements Message {
}
