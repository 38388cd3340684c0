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

/**
 * Checkpoints, by the real server's rule (PROTOCOL.md §12.1 #16, {@link CheckpointSchedule}):
 * counted in event numbers from the last checkpoint, after max count on an ack, never past an
 * event still out, and after the checkpoint time on the clock's tick. Unconfirmed: how often the
 * real server's clock ticks, so exactly when a time-driven checkpoint lands.
 */
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
            assertThat(e.event().eventType()).isEqualTo("SubscriptionCheckpoint");
            assertThat(e.event().dataContentType()).as("flagged JSON").isEqualTo(1);
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

    /**
     * The ps-checkpoint recordings: five events acked in one frame with max count 2, min count 1
     * and 200 ms after-time leave one checkpoint, 4, not one per two acks.
     */
    @Test
    void fiveEventsAckedInOneFrameLeaveOneCheckpoint() {
        append(5);
        ps.create(stream, "g1", new PersistentSubscriptionConfig(false, 0, 30_000, false, 500, 20, 500, 10, true,
                200, 2, 1, 0, "RoundRobin"));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        consumer.ack(ids.toArray(UUID[]::new));
        assertThat(written()).containsExactly("4");
        h.clock.advance(Duration.ofSeconds(2));
        h.engine.retryTimedOutMessages();
        assertThat(written()).containsExactly("4");
    }

    /** On the tick, once the after-time has passed, the distance need only reach min count. */
    @Test
    void theTickWritesWhatIsBelowMaxCountOnceTheTimeHasPassed() {
        append(2);
        ps.create(stream, "g1", config());
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        consumer.ack(ids.get(0));
        assertThat(written()).isEmpty();
        h.engine.retryTimedOutMessages();
        assertThat(written()).as("the first checkpoint needs no wait").containsExactly("0");
        consumer.ack(ids.get(1));
        h.engine.retryTimedOutMessages();
        assertThat(written()).as("before the after-time").containsExactly("0");
        h.clock.advance(Duration.ofSeconds(1));
        h.engine.retryTimedOutMessages();
        assertThat(written()).containsExactly("0", "1");
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
