package io.extreme.spi.message;

/**
 * One protocol-neutral message of the EventStore TCP protocol: a request, a reply or a push.
 * Event numbers are {@code long}; a v3 codec narrows them and fails clearly where one does not
 * fit. Records mirror the protocol's messages field by field, so that a codec can reproduce
 * which optional fields were present.
 */
public interface Message {
}
