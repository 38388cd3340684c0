package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.client.ClientView;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's side of back-pressure, with the test as the server: HeartbeatRequests answered
 * while the engine thread is blocked, the inbound gate suspending reading of a connection whose
 * frames pile up, and operations held back while the transport is not writable.
 */
class EngineBackPressureTest {
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final CountDownLatch release = new CountDownLatch(1);
    private ClientView client;
    private ConnectionEngine engine;
    private FakeTransport.Connection connection;

    @BeforeEach
    void start() throws InterruptedException {
        // Heartbeats far apart, so every frame the client sends is one a test asked for.
        client = (ClientView) ClientCore.start(ExtremeSettings.builder().connectionName("back-pressure-test")
                .heartbeatInterval(Duration.ofSeconds(60)).heartbeatTimeout(Duration.ofSeconds(120)).build(),
                codec, transport, new FixedDiscovery());
        engine = client.core().engine;
        connection = transport.nextConnection();
        Frame identify = connection.next();
        connection.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
    }

    @AfterEach
    void close() {
        release.countDown();
        client.close();
    }

    /** Blocks the engine thread until {@link #release} and returns once it is blocked. */
    private void blockEngine() throws InterruptedException {
        CountDownLatch blocked = new CountDownLatch(1);
        engine.later(0, () -> {
            blocked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(blocked.await(10, TimeUnit.SECONDS)).as("the engine thread blocked").isTrue();
    }

    /** Returns once the engine thread has run everything handed to it before. */
    private void engineCaughtUp() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        engine.later(0, done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).as("the engine thread caught up").isTrue();
    }

    @Test
    void aHeartbeatRequestIsAnsweredWhileTheEngineThreadIsBlocked() throws Exception {
        blockEngine();
        UUID asked = UUID.randomUUID();
        connection.deliver(Frame.of(TcpCommand.HEARTBEAT_REQUEST, asked, null));
        Frame answer = connection.next();
        assertThat(answer.command()).isEqualTo(TcpCommand.HEARTBEAT_RESPONSE);
        assertThat(answer.correlationId()).isEqualTo(asked);
        assertThat(answer.payload()).isEmpty();
        assertThat(release.getCount()).as("answered before the engine was let go").isEqualTo(1);
    }

    @Test
    void framesPilingUpBehindABlockedEngineSuspendReadingUntilItCatchesUp() throws Exception {
        blockEngine();
        for (int i = 0; i <= InboundGate.HIGH_WATER_FRAMES; i++) {
            connection.deliver(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, UUID.randomUUID(), null));
        }
        assertThat(connection.suspended).as("suspended past the high water").isTrue();
        assertThat(engine.inboundGate().isPaused()).isTrue();
        // The server's requests now wait unread behind the frames: the client asks the server instead.
        assertThat(connection.next().command()).as("sent as reading stopped").isEqualTo(TcpCommand.HEARTBEAT_REQUEST);
        release.countDown();
        ServerHarness.until("reading resumed", () -> !connection.suspended);
        assertThat(connection.suspensions).hasValue(1);
        assertThat(connection.resumptions).hasValue(1);
        assertThat(engine.inboundGate().pauses()).isEqualTo(1);
        assertThat(engine.inboundGate().resumes()).isEqualTo(1);
    }

    @Test
    void operationsWaitWhileTheTransportIsNotWritableAndGoWhenItDrains() throws Exception {
        connection.writable = false;
        CompletableFuture<WriteResult> append = client.append("held-" + UUID.randomUUID(), List.of(EventData.json("t", "{}")));
        engineCaughtUp();
        assertThat(connection.sent).as("nothing sent while not writable").isEmpty();

        connection.writable();
        Frame write = connection.next();
        assertThat(write.command()).isEqualTo(TcpCommand.WRITE_EVENTS);
        connection.deliver(codec.reply(write.correlationId(),
                new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, 0L, 0L, 0L)));
        assertThat(append.get(10, TimeUnit.SECONDS)).isNotNull();
    }
}
