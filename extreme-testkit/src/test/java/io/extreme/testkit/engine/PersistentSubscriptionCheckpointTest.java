package io.extreme.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checkpoints: written after max count, never past an event still out, and after the checkpoint time. */
class PersistentSubscriptionCheckpointTest {
    private final PersistentHarness ps = new PersistentHarness();
    private final EngineHarness h = ps.h;
    private final String stream = EngineHarness.stream("ps-checkpoint");
    private final String checkpoints = "$persistentsubscription-" + stream + "::g1-checkpoint";
    private final List<UUID> ids = new ArrayList<>();

    /** Checkpoint at most every 3 acks, or after 1 s with at least 1 ack. */
    private static PersistentSubscriptionConfig config() {
        return new PersistentSubscriptionConfig(false, 0, 30_000, false, 500, 20, 500, 10, true, 1000, 3, 1, 0, "RoundRobin");
    }

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            h.append(stream, SystemNames.ANY, EngineHarness.event(id, "e" + i));
        }
    }

    private List<String> written() {
        ReadStreamEventsCompleted read = h.ask(h.admin, new ReadStreamEvents(ReadDirection.FORWARD, checkpoints, 0, 100, false, true));
        return read.events().stream().map(e -> {
            assertThat(e.event().eventType()).isEqualTo(CheckpointWriter.EVENT_TYPE);
            return new String(e.event().data(), StandardCharsets.UTF_8);
        }).toList();
    }

    @Test
    void aCheckpointFollowsEveryMaxCountAcksAndStopsBeforeAnEventStillOut() {
        append(7);
        ps.create(stream, "g1", config());
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        consumer.ack(ids.get(0), ids.get(1), ids.get(2));
        assertThat(written()).containsExactly("2");
        // Event 3 stays out: acking 4, 5 and 6 cannot move the checkpoint past 2.
        consumer.ack(ids.get(4), ids.get(5), ids.get(6));
        assertThat(written()).containsExactly("2");
        consumer.ack(ids.get(3));
        h.clock.advance(Duration.ofSeconds(2));
        h.engine.retryTimedOutMessages();
        assertThat(written()).containsExactly("2", "6");
    }

    @Test
    void nothingIsWrittenBeforeAnythingWasDealtWith() {
        append(2);
        ps.create(stream, "g1", config());
        ps.connect(stream, "g1", 10);
        h.clock.advance(Duration.ofSeconds(5));
        h.engine.retryTimedOutMessages();
        assertThat(written()).isEmpty();
    }
}
