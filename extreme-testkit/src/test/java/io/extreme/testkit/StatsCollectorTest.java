package io.extreme.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.testkit.engine.EngineSession;
import io.extreme.testkit.engine.EventStoreEngine;
import io.extreme.testkit.engine.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The node's own statistics events (PROTOCOL.md §12.1 #14): {@code $statsCollected} in
 * {@code $stats-<ip>:<http port>} every period, under metadata {@code {"$maxAge":864000}}; every
 * 30 s in the standalone server, off by default in the embedded store.
 */
class StatsCollectorTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStoreWithAStatsPeriodAppendsStatsCollectedEventsUnderTenDaysMaxAge() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.builder().statsPeriod(Duration.ofMillis(20)).start()) {
            String stream = "$stats-127.0.0.1:" + (store.endpoint().port() + 1000);
            awaitTrue("two statistics events", () -> read(store.engine(), stream).size() >= 2);
            List<ResolvedIndexedEvent> events = read(store.engine(), stream);
            for (ResolvedIndexedEvent event : events) {
                EventRecord record = event.event();
                assertThat(record.eventType()).isEqualTo("$statsCollected");
                assertThat(record.dataContentType()).as("JSON").isEqualTo(1);
                JsonNode data = JSON.readTree(record.data());
                assertThat(data.isObject()).isTrue();
                assertThat(data.has("proc-startTime")).isTrue();
            }
            assertThat(events).extracting(e -> e.event().eventNumber()).startsWith(0L, 1L);
            List<ResolvedIndexedEvent> metadata = read(store.engine(), "$$" + stream);
            assertThat(metadata).hasSize(1);
            assertThat(metadata.get(0).event().eventType()).isEqualTo("$metadata");
            assertThat(new String(metadata.get(0).event().data(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"$maxAge\":864000}");
        }
    }

    @Test
    void anEmbeddedStoreWritesNoStatisticsUnlessAsked() throws Exception {
        try (EmbeddedEventStore quiet = EmbeddedEventStore.start();
             EmbeddedEventStore busy = EmbeddedEventStore.builder().statsPeriod(Duration.ofMillis(10)).start()) {
            String busyStream = "$stats-127.0.0.1:" + (busy.endpoint().port() + 1000);
            // The quiet store started first: by the time the busy one wrote three, it would have written too.
            awaitTrue("three statistics events", () -> read(busy.engine(), busyStream).size() >= 3);
            assertThat(allEvents(quiet.engine())).isEmpty();
        }
    }

    @Test
    void theStandaloneServerWritesEveryThirtySecondsUnlessSwitchedOff() {
        assertThat(TestkitMain.parse("--port", "0").statsPeriod()).isEqualTo(Duration.ofSeconds(30));
        assertThat(TestkitMain.parse("--stats-period", "0").statsPeriod()).isZero();
        assertThat(TestkitMain.parse("--stats-period", "5").statsPeriod()).isEqualTo(Duration.ofSeconds(5));
        assertThat(EmbeddedEventStore.builder().statsPeriod()).isZero();
        assertThat(TestkitMain.usage()).contains("--stats-period");
        assertThatThrownBy(() -> TestkitMain.parse("--stats-period", "-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--stats-period");
        assertThatThrownBy(() -> TestkitMain.parse("--stats-period", "soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--stats-period");
    }

    private static List<ResolvedIndexedEvent> read(EventStoreEngine engine, String stream) {
        ReadStreamEventsCompleted page = ask(engine, new ReadStreamEvents(ReadDirection.FORWARD, stream, 0, 100,
                false, false));
        return page.events();
    }

    private static List<String> allEvents(EventStoreEngine engine) {
        ReadAllEventsCompleted page = ask(engine, new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, false, false));
        return page.events().stream().map(e -> e.event().streamId()).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> T ask(EventStoreEngine engine, Message request) {
        Principal admin = engine.authenticate("admin", "changeit").orElseThrow();
        ConcurrentHashMap<UUID, Message> replies = new ConcurrentHashMap<>();
        EngineSession session = replies::put;
        UUID id = UUID.randomUUID();
        assertThat(engine.handle(session, id, admin, request)).isTrue();
        return (T) replies.get(id);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not within %s: %s", DEADLINE, what).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10); // the poll interval of a wait with a deadline
        }
    }
}
