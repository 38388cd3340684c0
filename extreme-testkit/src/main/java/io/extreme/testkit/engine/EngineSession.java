package io.extreme.testkit.engine;

import io.extreme.spi.message.Message;
import java.util.UUID;

/**
 * One client connection as the engine sees it: where its replies and pushes go. The TCP server
 * and the in-memory transport each implement it. {@link #send} must not block; the engine calls
 * it while it holds its own lock, so an implementation only queues the message.
 */
public interface EngineSession {
    /** Sends {@code message} to the client under {@code correlationId}. */
    void send(UUID correlationId, Message message);
}
