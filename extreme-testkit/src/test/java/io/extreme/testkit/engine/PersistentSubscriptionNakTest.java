package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.PersistentHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.persistent.NackAction;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.SubscriptionDropped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Nak actions, message timeouts, and parking in the group's parked-message stream. */
class PersistentSubscriptionNakTest {
    private final PersistentHarness ps = new PersistentHarness();
    private final EngineHarness h = ps.h;
    private final String stream = EngineHarness.stream("ps");
    private final String parked = "$persistentsubscription-" + stream + "::g1-parked";
    private final List<UUID> ids = new ArrayList<>();

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            h.append(stream, SystemNames.ANY, EngineHarness.event(id, "e" + ids.size()));
        }
    }

    private List<ResolvedIndexedEvent> parkedEvents(boolean resolve) {
        ReadStreamEventsCompleted read = h.ask(h.admin,
                new ReadStreamEvents(ReadDirection.FORWARD, parked, 0, 10, resolve, true));
        return read.events();
    }

    @Test
    void retryAndUnknownRedeliverWithTheNextRetryCount() {
        append(1);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        consumer.nak(NackAction.RETRY, "again", ids.get(0));
        consumer.nak(null, null, ids.get(0));
        assertThat(consumer.numbers()).containsExactly(0L, 0L, 0L);
        assertThat(consumer.retryCounts()).containsExactly(0, 1, 2);
    }

    @Test
    void parkWritesALinkWithTheServersMetadata() {
        append(2);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        consumer.nak(NackAction.PARK, "poison", ids.get(1));
        List<ResolvedIndexedEvent> links = parkedEvents(false);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).event().eventType()).isEqualTo("$>");
        assertThat(EngineHarness.text(links.get(0).event().data())).isEqualTo("1@" + stream);
        // Newtonsoft's layout of a local DateTime: the offset, no "Z" (the harness clock is in UTC).
        assertThat(EngineHarness.text(links.get(0).event().metadata())).isEqualTo("{\n"
                + "  \"added\": \"2024-05-01T10:00:00+00:00\",\n"
                + "  \"reason\": \"Client explicitly NAK'ed message.\\npoison\",\n"
                + "  \"subscriptionEventNumber\": 1\n}");
        assertThat(parkedEvents(true).get(0).event().eventId()).isEqualTo(ids.get(1));
        assertThat(consumer.numbers()).containsExactly(0L, 1L);
    }

    @Test
    void skipIsDoneWithAndFreesTheSlot() {
        append(2);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 1);
        consumer.nak(NackAction.SKIP, null, ids.get(0));
        assertThat(consumer.numbers()).containsExactly(0L, 1L);
        assertThat(parkedEvents(false)).isEmpty();
    }

    /**
     * Stop is handled as an ack by the real 3.9.3 and 4.1.4 (PROTOCOL.md §12.1 #9, the
     * ps-nak-stop-next-consumer recordings): no drop, the consumer keeps getting events, and the
     * stopped event never comes again; only what was never acked goes to the next consumer.
     */
    @Test
    void stopKeepsTheConsumerAndTheEventIsDoneWithAsIfAcked() {
        append(2);
        ps.create(stream, "g1", config(0));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 1);
        consumer.nak(NackAction.STOP, "stop", ids.get(0));
        assertThat(consumer.received()).noneMatch(SubscriptionDropped.class::isInstance);
        assertThat(consumer.numbers()).as("the freed slot takes the next event").containsExactly(0L, 1L);
        consumer.unsubscribe();
        PersistentHarness.Consumer next = ps.connect(stream, "g1", 10);
        assertThat(next.numbers()).containsExactly(1L);
        assertThat(next.retryCounts()).containsExactly(1);
        assertThat(h.engine.persistentOutstanding(stream, "g1")).isEqualTo(1);
    }

    @Test
    void aTimedOutMessageIsRedeliveredWithTheNextRetryCount() {
        append(1);
        ps.create(stream, "g1", config(0, 1000, 10, "RoundRobin"));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        h.clock.advance(Duration.ofMillis(999));
        h.engine.retryTimedOutMessages();
        assertThat(consumer.numbers()).containsExactly(0L);
        h.clock.advance(Duration.ofMillis(1));
        h.engine.retryTimedOutMessages();
        assertThat(consumer.retryCounts()).containsExactly(0, 1);
    }

    @Test
    void theDaemonTickerRetriesWithoutBeingAsked() {
        append(1);
        ps.create(stream, "g1", config(0, 1000, 10, "RoundRobin"));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        h.clock.advance(Duration.ofSeconds(2));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (consumer.pushes().size() < 2 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000); // poll, bounded by the deadline
        }
        assertThat(consumer.retryCounts()).startsWith(0, 1);
    }

    @Test
    void pastMaxRetryCountTheMessageIsParked() {
        append(2);
        ps.create(stream, "g1", config(0, 30_000, 2, "RoundRobin"));
        PersistentHarness.Consumer consumer = ps.connect(stream, "g1", 10);
        consumer.nak(NackAction.RETRY, null, ids.get(0));
        consumer.nak(NackAction.RETRY, null, ids.get(0));
        consumer.nak(NackAction.RETRY, null, ids.get(0));
        assertThat(consumer.numbers()).containsExactly(0L, 1L, 0L, 0L);
        assertThat(consumer.retryCounts()).containsExactly(0, 0, 1, 2);
        List<ResolvedIndexedEvent> links = parkedEvents(false);
        assertThat(links).hasSize(1);
        assertThat(EngineHarness.text(links.get(0).event().data())).isEqualTo("0@" + stream);
        // Event 0: Newtonsoft's DefaultValueHandling.Ignore leaves subscriptionEventNumber out (§12.1 #11).
        assertThat(EngineHarness.text(links.get(0).event().metadata())).isEqualTo("{\n"
                + "  \"added\": \"2024-05-01T10:00:00+00:00\",\n"
                + "  \"reason\": \"Reached retry count of 2\"\n}");
    }
}
