package io.extreme.benchmarks.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.RawReply;
import io.extreme.ReadOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.spi.TcpCommand;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our client, through its public API, against the wire-speed server: the handshake, appends whose
 * numbers grow, pages of the one stream with the right numbers and end, a catch-up over a short
 * stream that goes live and gets pushes, and BadRequest to a command the server does not serve.
 */
class WireSpeedServerTest {
    private static final long DEADLINE_SECONDS = 30;
    private static WireSpeedServer server;
    private static WireSpeedServer shortStream;
    private static ExtremeClient client;
    private static ExtremeClient shortStreamClient;

    @BeforeAll
    static void start() throws Exception {
        server = WireSpeedServer.start(WireOptions.DEFAULTS);
        // Pushes at a rate the catch-up's live queue keeps up with while it reads the gap; as fast
        // as the socket takes, it overflows and falls back to reading a few times before it stays live.
        shortStream = WireSpeedServer.start(new WireOptions(0, 2_000, 20_000));
        client = connect(server);
        shortStreamClient = connect(shortStream);
    }

    private static ExtremeClient connect(WireSpeedServer target) {
        return Extreme.connect(ExtremeSettings.builder().endpoint(Endpoint.parse(target.endpoint()))
                .transport("nio").credentials("admin", "changeit").build());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {client, shortStreamClient, server, shortStream}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private static EventData event() {
        return new EventData(UUID.randomUUID(), "test-event", false, new byte[256], null);
    }

    @Test
    void appendsNumberOnPerStream() throws Exception {
        String stream = "wire-append-" + UUID.randomUUID();
        List<EventData> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(event());
        }

        WriteResult one = client.append(stream, event()).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        WriteResult batch = client.append(stream, hundred).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        WriteResult another = client.append(stream, event()).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        WriteResult otherStream = client.append(stream + "-other", event()).get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        assertThat(one.nextExpectedVersion()).isZero();
        assertThat(batch.nextExpectedVersion()).isEqualTo(100);
        assertThat(another.nextExpectedVersion()).isEqualTo(101);
        assertThat(otherStream.nextExpectedVersion()).isZero();
        assertThat(another.logPosition()).isPresent();
        assertThat(another.logPosition().get().commitPosition()).isGreaterThan(batch.logPosition().get().commitPosition());
    }

    @Test
    void aPageFromTheStartHasFiveHundredEventsNumberedFromZero() throws Exception {
        StreamSlice slice = read("wire-read-" + UUID.randomUUID(), 0);

        assertThat(slice.events()).hasSize(500);
        for (int i = 0; i < 500; i++) {
            ResolvedEvent event = slice.events().get(i);
            assertThat(event.originalEventNumber()).isEqualTo(i);
            assertThat(event.event().eventType()).isEqualTo(EventLayout.EVENT_TYPE);
            assertThat(event.event().data()).hasSize(EventLayout.DATA_BYTES);
        }
        assertThat(slice.next()).isEqualTo(StreamPosition.of(500));
        assertThat(slice.lastEventNumber()).hasValue(99_999);
        assertThat(slice.isEndOfStream()).isFalse();
    }

    @Test
    void aPageNearTheEndStopsAtTheLastEventAndSaysSo() throws Exception {
        String stream = "wire-read-end-" + UUID.randomUUID();
        StreamSlice slice = read(stream, 99_800);

        assertThat(slice.events()).hasSize(200);
        assertThat(slice.events().get(0).originalEventNumber()).isEqualTo(99_800);
        assertThat(slice.events().get(199).originalEventNumber()).isEqualTo(99_999);
        assertThat(slice.events().get(199).originalStreamId()).isEqualTo(stream);
        assertThat(slice.isEndOfStream()).isTrue();
        assertThat(slice.next()).isEqualTo(StreamPosition.of(100_000));
        assertThat(read(stream, 100_000).events()).isEmpty();
    }

    private static StreamSlice read(String stream, long from) throws Exception {
        return client.readStreamSlice(stream, StreamPosition.of(from), ReadOptions.forward().withPageSize(500))
                .get(DEADLINE_SECONDS, TimeUnit.SECONDS).requireFound();
    }

    @Test
    void aCatchUpReadsTheStreamGoesLiveAndGetsPushesStampedWithTheServersClock() throws Exception {
        long subscribed = System.nanoTime();
        Recorder recorder = new Recorder(2_000 + 500);
        CatchUpSubscription subscription = shortStreamClient.subscribeToStreamFrom("wire-catch-up-" + UUID.randomUUID(),
                StreamPosition.START, SubscriptionOptions.DEFAULTS, recorder).get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        recorder.enough.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        subscription.close();

        assertThat(recorder.dropped.get(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(DropReason.UNSUBSCRIBED);
        assertThat(recorder.wentLiveAfter).isEqualTo(2_000);
        List<ResolvedEvent> events = recorder.events;
        for (int i = 0; i < 2_500; i++) {
            assertThat(events.get(i).originalEventNumber()).isEqualTo(i);
        }
        // The server runs in this JVM: its clock is ours, so the stamp lies between subscribing and now.
        long stamp = ByteBuffer.wrap(events.get(2_100).event().data()).getLong();
        assertThat(stamp).isBetween(subscribed, System.nanoTime());
    }

    @Test
    void aLiveSubscriptionGetsPushesNumberedAfterTheStream() throws Exception {
        Recorder recorder = new Recorder(2_000);
        Subscription subscription = shortStreamClient.subscribeToStream("wire-live-" + UUID.randomUUID(),
                SubscriptionOptions.DEFAULTS, recorder).get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        recorder.enough.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        subscription.close();

        assertThat(recorder.dropped.get(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(DropReason.UNSUBSCRIBED);
        assertThat(subscription.lastEventNumber()).hasValue(1_999);
        for (int i = 0; i < 2_000; i++) {
            assertThat(recorder.events.get(i).originalEventNumber()).isEqualTo(2_000 + i);
        }
        assertThat(recorder.events.get(1_999).position().get().commitPosition())
                .isGreaterThan(recorder.events.get(0).position().get().commitPosition());
    }

    /** Keeps events up to a count; notes when the subscription went live and how it ended. */
    private static final class Recorder implements SubscriptionListener {
        final List<ResolvedEvent> events = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<Void> enough = new CompletableFuture<>();
        final CompletableFuture<DropReason> dropped = new CompletableFuture<>();
        final int wanted;
        volatile int wentLiveAfter = -1;

        Recorder(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            if (events.size() < wanted) {
                events.add(event);
            } else {
                enough.complete(null);
            }
        }

        @Override
        public void onLive(Subscription subscription) {
            wentLiveAfter = events.size();
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            dropped.complete(reason);
            enough.completeExceptionally(new IllegalStateException("dropped: " + reason, cause));
        }
    }

    @Test
    void aCommandItDoesNotServeGetsBadRequestUnderItsCorrelationId() throws Exception {
        RawReply reply = client.execute(TcpCommand.READ_ALL_EVENTS_FORWARD, new byte[0]).get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        assertThat(reply.command()).isEqualTo(TcpCommand.BAD_REQUEST);
        assertThat(new String(reply.payload(), StandardCharsets.UTF_8)).contains("ReadAllEventsForward");
        assertThat(client.append("wire-after-bad-request-" + UUID.randomUUID(), event())
                .get(DEADLINE_SECONDS, TimeUnit.SECONDS).nextExpectedVersion()).isZero();
    }
}

