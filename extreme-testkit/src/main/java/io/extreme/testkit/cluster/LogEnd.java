package io.extreme.testkit.cluster;

import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.testkit.engine.EngineSession;
import io.extreme.testkit.engine.EventStoreEngine;
import io.extreme.testkit.engine.Principal;
import java.util.UUID;

/**
 * Where the shared log ends, for the positions in gossip. The engine has no such question of its
 * own, so this asks what a client would: a backward {@code $all} read from the end, whose reply
 * says where it started. The engine answers it at once, on the calling thread.
 */
final class LogEnd {
    private static final ReadAllEvents LAST_EVENT =
            new ReadAllEvents(ReadDirection.BACKWARD, -1, -1, 1, false, false);

    private LogEnd() {
    }

    /** The writer checkpoint of {@code engine}; 0 if it could not say. */
    static long of(EventStoreEngine engine) {
        Principal admin = engine.authenticate("admin", "changeit").orElse(null);
        Capture capture = new Capture();
        engine.handle(capture, UUID.randomUUID(), admin, LAST_EVENT);
        return capture.reply instanceof ReadAllEventsCompleted completed ? Math.max(0, completed.commitPosition()) : 0;
    }

    private static final class Capture implements EngineSession {
        private volatile Message reply;

        @Override
        public void send(UUID correlationId, Message message) {
            reply = message;
        }
    }
}
