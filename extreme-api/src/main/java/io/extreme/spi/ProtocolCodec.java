package io.extreme.spi;

import io.extreme.UserCredentials;
import io.extreme.spi.message.Message;
import java.util.UUID;

/**
 * Maps the engine's protocol-neutral {@link Message}s to {@link Frame}s and back, for one
 * version of the protocol. A codec knows commands and payloads, not sockets. It maps requests
 * and replies in both directions, so the testkit's server uses the same codec as the client.
 *
 * <p>Threads: stateless and safe to call from any thread; never blocks.
 */
public interface ProtocolCodec {
    /** The protocol version: 3 (EventStore 3.x) or 4 (EventStore 4.x and later). */
    int version();

    /**
     * The frame for {@code message}.
     *
     * @throws IllegalArgumentException when a value does not fit this version (an event number
     *     beyond 32 bits under v3), naming the field
     */
    Frame encode(UUID correlationId, UserCredentials credentials, Message message);

    /**
     * The message in {@code frame}. Commands this codec does not know come back as a
     * {@link io.extreme.spi.message.RawMessage}.
     *
     * @throws MalformedFrameException when the payload does not decode as the command's message
     */
    Message decode(Frame frame);
}
