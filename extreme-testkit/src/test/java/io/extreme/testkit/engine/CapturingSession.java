package io.extreme.testkit.engine;

import io.extreme.spi.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An engine session that records what the engine sends, in order; a 4.1.4 session unless told otherwise. */
final class CapturingSession implements EngineSession {
    /** One message sent under a correlation id. */
    record Sent(UUID correlationId, Message message) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final ServerGeneration generation;

    CapturingSession() {
        this(ServerGeneration.V4);
    }

    CapturingSession(ServerGeneration generation) {
        this.generation = generation;
    }

    @Override
    public ServerGeneration generation() {
        return generation;
    }

    @Override
    public synchronized void send(UUID correlationId, Message message) {
        sent.add(new Sent(correlationId, message));
    }

    /** Every message sent under {@code correlationId}, in order. */
    synchronized List<Message> messagesFor(UUID correlationId) {
        return sent.stream().filter(s -> s.correlationId().equals(correlationId)).map(Sent::message).toList();
    }

    synchronized List<Sent> all() {
        return List.copyOf(sent);
    }
}
