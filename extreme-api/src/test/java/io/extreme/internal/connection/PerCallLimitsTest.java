package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.CallOptions;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.UserCredentials;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.OperationTimeoutException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What one call sets for itself ({@link CallOptions}) reaches the engine: its own timeout instead of
 * the settings', a deadline over the whole call, its user and require-master on the frame it sends,
 * while calls without options keep the settings'.
 */
class PerCallLimitsTest {
    private static final List<EventData> EVENT = List.of(EventData.json("t", "{}"));

    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private ExtremeClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void start(Duration settingsTimeout) {
        client = ClientCore.start(ExtremeSettings.builder().connectionName("limits-test").reconnectDelay(Duration.ofMillis(10))
                .operationTimeout(settingsTimeout).build(), codec, transport, new FixedDiscovery());
    }

    private FakeTransport.Connection identified() throws InterruptedException {
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        return c;
    }

    private static Throwable failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void aCallsOwnTimeoutReplacesTheSettings() throws Exception {
        start(Duration.ofSeconds(60));
        CompletableFuture<WriteResult> pending = client.append("s", EVENT, AppendOptions.DEFAULTS.withTimeout(Duration.ofMillis(200)));
        identified().next();
        assertThat(failure(pending)).isInstanceOf(OperationTimeoutException.class)
                .hasMessageContaining("append to stream 's'").hasMessageContaining("within 200 ms");
    }

    @Test
    void aDeadlineEndsACallThatIsStillWaitingForAConnection() throws Exception {
        start(Duration.ofSeconds(60));
        CompletableFuture<WriteResult> pending = client.append("s", EVENT, AppendOptions.DEFAULTS.withDeadline(Duration.ofMillis(300)));
        transport.nextConnection(); // never identified: the call waits for a connection until its deadline
        assertThat(failure(pending)).isInstanceOf(OperationTimeoutException.class)
                .hasMessageContaining("before its deadline").hasMessageContaining("no connection");
    }

    @Test
    void aCallWithALongDeadlineWaitsForAConnectionPastTheTimeout() throws Exception {
        start(Duration.ofMillis(200));
        CompletableFuture<WriteResult> hasty = client.append("s", EVENT);
        CompletableFuture<WriteResult> patient = client.append("s", EVENT, AppendOptions.DEFAULTS.withDeadline(Duration.ofSeconds(30)));
        FakeTransport.Connection c = transport.nextConnection();
        // The call without a deadline gave up after the settings' timeout: that much time has passed.
        assertThat(failure(hasty)).isInstanceOf(OperationTimeoutException.class).hasMessageContaining("within 200 ms");
        assertThat(patient).isNotDone();
        Frame identify = c.next();
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        Frame write = c.next();
        assertThat(write.command()).isEqualTo(TcpCommand.WRITE_EVENTS);
    }

    @Test
    void aLongOwnTimeoutSentFirstDoesNotHoldBackTheExpiryOfLaterCalls() throws Exception {
        start(Duration.ofMillis(300));
        CompletableFuture<WriteResult> patient = client.append("a", EVENT, AppendOptions.DEFAULTS.withTimeout(Duration.ofSeconds(60)));
        FakeTransport.Connection c = identified();
        c.next();
        CompletableFuture<WriteResult> hurried = client.append("b", EVENT);
        c.next();
        assertThat(failure(hurried)).isInstanceOf(OperationTimeoutException.class).hasMessageContaining("within 300 ms");
        assertThat(patient).isNotDone();
    }

    @Test
    void theFrameCarriesTheCallsUserRequireMasterAndExpectedVersion() throws Exception {
        start(Duration.ofSeconds(10));
        UserCredentials ops = UserCredentials.of("ops", "secret");
        CompletableFuture<WriteResult> done = client.append("s", EVENT, AppendOptions.expecting(ExpectedVersion.NO_STREAM)
                .withCredentials(ops).withRequireMaster(false));
        FakeTransport.Connection c = identified();
        Frame write = c.next();
        assertThat(write.credentials()).isEqualTo(ops);
        WriteEvents request = (WriteEvents) codec.decode(write);
        assertThat(request.requireMaster()).isFalse();
        assertThat(request.expectedVersion()).isEqualTo(ExpectedVersion.NO_STREAM.value());
        c.deliver(codec.reply(write.correlationId(), new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, 1L, 1L, 0L)));
        assertThat(done.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isZero();

        CompletableFuture<WriteResult> plain = client.append("s", EVENT);
        Frame second = c.next();
        assertThat(second.credentials()).as("a call without options runs as the client's user").isNull();
        assertThat(((WriteEvents) codec.decode(second)).requireMaster()).as("the settings' require-master").isTrue();
        assertThat(plain).isNotDone();
    }
}
