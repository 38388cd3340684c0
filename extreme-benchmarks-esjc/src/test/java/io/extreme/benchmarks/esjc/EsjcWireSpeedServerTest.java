package io.extreme.benchmarks.esjc;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.msemys.esjc.CatchUpSubscription;
import com.github.msemys.esjc.CatchUpSubscriptionListener;
import com.github.msemys.esjc.CatchUpSubscriptionSettings;
import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.EventStoreBuilder;
import com.github.msemys.esjc.ExpectedVersion;
import com.github.msemys.esjc.ResolvedEvent;
import com.github.msemys.esjc.SliceReadStatus;
import com.github.msemys.esjc.StreamEventsSlice;
import com.github.msemys.esjc.SubscriptionDropReason;
import com.github.msemys.esjc.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * esjc 2.6.0 (protobuf 2.6.1) against the wire-speed server in its own process: appends number
 * on, a page of 500 reads with the right numbers and end, and a catch-up reads the stream, goes
 * live and takes pushes, whose event numbers and positions are padded varints. Skipped when the
 * extreme-benchmarks jar is not built (the reactor builds that module before this one).
 */
class EsjcWireSpeedServerTest {
    private static final long STREAM_LENGTH = 2_000;
    private static final long DEADLINE_SECONDS = 30;
    private static WireSpeedServerProcess server;
    private static EventStore client;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(WireSpeedServerProcess.jarBuilt(),
                "no " + WireSpeedServerProcess.JAR + "; build extreme-benchmarks first");
        // A push rate esjc's live queue (10,000) keeps up with while it reads the gap.
        server = WireSpeedServerProcess.start("--stream-length", Long.toString(STREAM_LENGTH), "--push-rate", "20000");
        client = EventStoreBuilder.newBuilder().singleNodeAddress(server.host(), server.port())
                .userCredentials("admin", "changeit").build();
        client.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.shutdown();
        }
        if (server != null) {
            server.close();
        }
    }

    private static EventData event() {
        return EventData.newBuilder().eventId(UUID.randomUUID()).type("test-event").data(new byte[256]).build();
    }

    @Test
    void appendsNumberOn() throws Exception {
        String stream = "esjc-wire-append-" + UUID.randomUUID();
        List<EventData> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(event());
        }

        WriteResult one = client.appendToStream(stream, ExpectedVersion.ANY, event()).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        WriteResult batch = client.appendToStream(stream, ExpectedVersion.ANY, hundred).get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        assertThat(one.nextExpectedVersion).isZero();
        assertThat(batch.nextExpectedVersion).isEqualTo(100);
        assertThat(batch.logPosition.commitPosition).isGreaterThan(one.logPosition.commitPosition);
    }

    @Test
    void pagesOfFiveHundredHaveTheirNumbersAndTheLastOneEndsTheStream() throws Exception {
        String stream = "esjc-wire-read-" + UUID.randomUUID();
        StreamEventsSlice first = client.readStreamEventsForward(stream, 0, 500, false).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        StreamEventsSlice last = client.readStreamEventsForward(stream, 1_800, 500, false).get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        assertThat(first.status).isEqualTo(SliceReadStatus.Success);
        assertThat(first.events).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(first.events.get(i).originalEventNumber()).isEqualTo(i);
            assertThat(first.events.get(i).event.eventStreamId).isEqualTo(stream);
            assertThat(first.events.get(i).event.data).hasSize(256);
            assertThat(first.events.get(i).event.eventType).isEqualTo("bench-event");
        }
        assertThat(first.nextEventNumber).isEqualTo(500);
        assertThat(first.isEndOfStream).isFalse();
        assertThat(last.events).hasSize(200);
        assertThat(last.events.get(199).originalEventNumber()).isEqualTo(STREAM_LENGTH - 1);
        assertThat(last.lastEventNumber).isEqualTo(STREAM_LENGTH - 1);
        assertThat(last.nextEventNumber).isEqualTo(STREAM_LENGTH);
        assertThat(last.isEndOfStream).isTrue();
    }

    @Test
    void aCatchUpReadsTheStreamGoesLiveAndTakesPushes() throws Exception {
        Recorder recorder = new Recorder((int) STREAM_LENGTH + 500);
        CatchUpSubscription subscription = client.subscribeToStreamFrom("esjc-wire-catch-up-" + UUID.randomUUID(), null,
                CatchUpSubscriptionSettings.DEFAULT, recorder);
        try {
            recorder.enough.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } finally {
            subscription.stop(Duration.ofSeconds(10));
        }

        assertThat(recorder.wentLiveAfter).isEqualTo((int) STREAM_LENGTH);
        for (int i = 0; i < recorder.wanted; i++) {
            assertThat(recorder.events.get(i).originalEventNumber()).isEqualTo(i);
        }
        ResolvedEvent pushed = recorder.events.get(recorder.wanted - 1);
        assertThat(pushed.originalPosition.commitPosition).isPositive();
        assertThat(pushed.event.data).hasSize(256);
    }

    /** Keeps events up to a count and notes when esjc went live. */
    private static final class Recorder implements CatchUpSubscriptionListener {
        final List<ResolvedEvent> events = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<Void> enough = new CompletableFuture<>();
        final int wanted;
        volatile int wentLiveAfter = -1;

        Recorder(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public void onEvent(CatchUpSubscription subscription, ResolvedEvent event) {
            if (events.size() < wanted) {
                events.add(event);
            } else {
                enough.complete(null);
            }
        }

        @Override
        public void onLiveProcessingStarted(CatchUpSubscription subscription) {
            wentLiveAfter = events.size();
        }

        @Override
        public void onClose(CatchUpSubscription subscription, SubscriptionDropReason reason, Exception exception) {
            enough.completeExceptionally(new IllegalStateException("closed: " + reason, exception));
        }
    }
}
