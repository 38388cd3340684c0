package io.extreme.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.OperationQueueFullException;
import io.extreme.event.ConditionalWriteResult;
import io.extreme.event.EventData;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.internal.operation.AppendOperation;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A user's future is a copy: completing or obtruding it changes nothing the engine sees, and the
 * client's own view is admitted past a queue its users filled.
 */
class UserFutureTest {
    private static final List<EventData> EVENT = List.of(EventData.json("t", "{}"));

    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private ClientView client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void start(ExtremeSettings.Builder settings) {
        client = (ClientView) ClientCore.start(settings.connectionName("user-future-test").reconnectDelay(Duration.ofMillis(10))
                .maxReconnectAttempts(-1).heartbeatInterval(Duration.ofSeconds(60)).heartbeatTimeout(Duration.ofSeconds(120)).build(),
                codec, transport, new FixedDiscovery());
    }

    private FakeTransport.Connection identified() throws InterruptedException {
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        return c;
    }

    private void engineCaughtUp() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        client.core().engine.later(0, done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void obtrudingTheUsersFutureLeavesTheOperationToTheEngine() throws Exception {
        start(ExtremeSettings.builder().maxConcurrentOperations(1));
        FakeTransport.Connection c = identified();
        AppendOperation operation = new AppendOperation("user-future", -2, EVENT, false, true, null);
        CompletableFuture<ConditionalWriteResult> users = client.submit(operation);
        Frame write = c.next();
        users.obtrudeValue(null);
        users.complete(null);
        assertThat(operation.future).as("the engine's own future").isNotDone();

        CompletableFuture<WriteResult> behind = client.append("user-future-behind", EVENT);
        assertThat(c.sent.poll(100, TimeUnit.MILLISECONDS)).as("still in flight for the engine: the next one waits").isNull();
        c.deliver(codec.reply(write.correlationId(), new WriteEventsCompleted(OperationResult.SUCCESS, null, 4, 4, 10L, 10L, 4L)));
        assertThat(operation.future.get(10, TimeUnit.SECONDS)).as("the server's answer, not the user's").isNotNull();
        assertThat(c.next().command()).as("its slot freed by the answer").isEqualTo(TcpCommand.WRITE_EVENTS);
        assertThat(behind).isNotDone();
    }

    @Test
    void theClientsOwnReadsPassAQueueItsUsersFilled() throws Exception {
        transport.refuse = true; // nothing is sent: what is admitted waits in the queue
        start(ExtremeSettings.builder().maxQueueSize(1));
        CompletableFuture<WriteResult> filling = client.append("reserve-fill", EVENT);
        CompletableFuture<WriteResult> refused = client.append("reserve-refused", EVENT);
        assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(OperationQueueFullException.class);

        CompletableFuture<StreamSlice> own = client.internal().readStreamSlice("reserve-read", StreamPosition.START, ReadOptions.DEFAULTS);
        engineCaughtUp();
        assertThat(own).as("admitted: waiting for a connection, not refused").isNotDone();
        assertThat(filling).isNotDone();
        CompletableFuture<WriteResult> stillRefused = client.append("reserve-refused-again", EVENT);
        assertThat(stillRefused).as("the reserve is not the users'").failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(Exception.class).withCauseInstanceOf(OperationQueueFullException.class);
    }
}
