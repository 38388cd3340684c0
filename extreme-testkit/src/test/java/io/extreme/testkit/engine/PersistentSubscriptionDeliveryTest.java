package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.PersistentHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pushes within the in-flight allowance, acks, live events, start positions, leaving consumers. */
class PersistentSubscriptionDeliveryTest {
    private final PersistentHarness ps = new PersistentHarness();
    private final EngineHarness h = ps.h;
    private final String stream = EngineHarness.stream("ps");
    private final List<UUID> ids = new ArrayList<>();

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            h.append(stream, SystemNames.ANY, EngineHarness.event(id, "e" + ids.size()));
        }
    }

    @Test
    void pushesNoMoreThanTheAllowanceUntilAcked() {
        append(5);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 2);
        assertThat(consumer.received().get(0)).isInstanceOf(PersistentSubscriptionConfirmation.class);
        assertThat(consumer.numbers()).containsExactly(0L, 1L);
        assertThat(consumer.retryCounts()).containsExactly(0, 0);
        consumer.ack(ids.get(0));
        assertThat(consumer.numbers()).containsExactly(0L, 1L, 2L);
        consumer.ack(ids.get(1), ids.get(2));
        assertThat(consumer.numbers()).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void acksAreNotAnsweredAndUnknownIdsAreIgnored() {
        append(1);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        int before = consumer.received().size();
        consumer.ack(UUID.randomUUID(), ids.get(0));
        assertThat(consumer.received()).hasSize(before);
    }

    @Test
    void deliversEventsAppendedLater() {
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        assertThat(consumer.pushes()).isEmpty();
        append(2);
        assertThat(consumer.numbers()).containsExactly(0L, 1L);
        assertThat(consumer.pushes().get(1).event().event().eventId()).isEqualTo(ids.get(1));
    }

    @Test
    void startFromMinusOneSkipsWhatIsThereAndNStartsAtN() {
        append(3);
        ps.create(stream, "now", config(-1));
        ps.create(stream, "two", config(2));
        PersistentHarness.Consumer fromNow = ps.connect(stream, "now", 10);
        PersistentHarness.Consumer fromTwo = ps.connect(stream, "two", 10);
        append(1);
        assertThat(fromNow.numbers()).containsExactly(3L);
        assertThat(fromTwo.numbers()).containsExactly(2L, 3L);
    }

    /**
     * Retry count 1 for a first delivery handed back is recorded (ps-consumer-leaves-unacked,
     * ps-nak-stop-next-consumer, PROTOCOL.md §12.1 #17). Unconfirmed: that a message already
     * retried comes back with its count raised by one (rather than reset to 1), and that one at
     * {@code max_retry_count} is parked when its consumer leaves rather than handed on.
     */
    @Test
    void unsubscribeDropsWithoutReasonAndHandsMessagesToOthers() {
        append(2);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 10);
        PersistentHarness.Consumer second = ps.connect(stream, "g1", 10);
        assertThat(first.numbers()).containsExactly(0L, 1L);
        first.unsubscribe();
        assertThat(first.last()).isEqualTo(new SubscriptionDropped(null));
        assertThat(second.numbers()).containsExactly(0L, 1L);
        assertThat(second.retryCounts()).containsExactly(1, 1);
    }

    /** The same guesses as on unsubscribe hold for a closed connection (unconfirmed beyond retry count 1). */
    @Test
    void aClosedConnectionsMessagesGoToTheOthers() {
        append(2);
        ps.create(stream, "g1", config(0));
        CapturingSession other = new CapturingSession();
        PersistentHarness.Consumer first = ps.connect(stream, "g1", 10);
        PersistentHarness.Consumer second = ps.connect(other, stream, "g1", 10);
        h.engine.sessionClosed(h.session);
        assertThat(first.numbers()).containsExactly(0L, 1L);
        assertThat(first.received()).noneMatch(SubscriptionDropped.class::isInstance);
        assertThat(second.numbers()).containsExactly(0L, 1L);
        append(1);
        assertThat(second.numbers()).containsExactly(0L, 1L, 2L);
        assertThat(first.numbers()).containsExactly(0L, 1L);
    }

    @Test
    void resolvesLinksWhenTheGroupAsks() {
        append(1);
        String links = EngineHarness.stream("links");
        h.append(links, -1, new NewEvent(UUID.randomUUID(), "$>", 0, 0,
                ("0@" + stream).getBytes(StandardCharsets.UTF_8), null));
        ps.create(links, "g1", new PersistentSubscriptionConfig(true, 0, 30_000, false, 500, 20,
                500, 10, true, 2000, 1000, 10, 0, "RoundRobin"));
        PersistentHarness.Consumer consumer = ps.connect(links, "g1", 10);
        assertThat(consumer.pushes().get(0).event().event().eventId()).isEqualTo(ids.get(0));
        assertThat(consumer.pushes().get(0).event().link().streamId()).isEqualTo(links);
    }
}
