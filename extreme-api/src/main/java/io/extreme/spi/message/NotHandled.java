package io.extreme.spi.message;

/**
 * A node did not handle the request, and may say where the master is.
 *
 * @param masterInfo or null
 */
public record NotHandled(NotHandledReason reason, MasterInfo masterInfo) implements Message {
}
