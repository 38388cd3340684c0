package io.extreme.testkit.engine;

import io.extreme.spi.message.Message;
import java.util.UUID;

/**
 * One client connection as the engine sees it: where its replies and pushes go, and which
 * server generation its requests are answered as. The TCP server and the in-memory transport
 * each implement it. {@link #send} must not block; the engine calls it while it holds its own
 * lock, so an implementation only queues the message.
 */
public interface EngineSession {
    /** Sends {@code message} to the client under {@code correlationId}. */
    void send(UUID correlationId, Message message);

    /**
     * The real server this connection's requests are answered as; EventStore 4.1.4 unless the
     * connection speaks protocol v3. Called under the engine's lock: it must only return a value.
     */
    default ServerGeneration generation() {
        return ServerGeneration.V4;
    }
}
