package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.ClientClosedException;
import io.extreme.error.ConfigurationException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.error.NotHandledException;
import io.extreme.error.OperationTimeoutException;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.NotAuthenticated;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionEngineTest {
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private ExtremeClient client;

    private ExtremeClient start(ExtremeSettings.Builder settings) {
        client = ClientCore.start(settings.build(), codec, transport, new FixedDiscovery());
        return client;
    }

    private static ExtremeSettings.Builder settings() {
        return ExtremeSettings.builder().connectionName("engine-test").reconnectDelay(Duration.ofMillis(10));
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private FakeTransport.Connection identified() throws InterruptedException {
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        assertThat(codec.decode(identify)).isEqualTo(new IdentifyClient(1, "engine-test"));
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        return c;
    }

    private static WriteEventsCompleted success(long last) {
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, last, 100L, 100L, 0L);
    }

    private CompletableFuture<WriteResult> append() {
        return client.append("s", EventData.json("t", "{}"));
    }

    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void operationsWaitForTheHandshakeThenFlow() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = identified();
        Frame write = c.next();
        assertThat(codec.decode(write)).isInstanceOf(WriteEvents.class);
        c.deliver(codec.reply(write.correlationId(), success(0)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(0);
    }

    @Test
    void identifiesThenAuthenticatesWhenTheSettingsCarryCredentials() throws Exception {
        start(settings().credentials("admin", "changeit"));
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        assertThat(identify.credentials()).as("IdentifyClient goes without credentials").isNull();
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        Frame authenticate = c.next();
        assertThat(authenticate.command()).isEqualTo(TcpCommand.AUTHENTICATE);
        assertThat(authenticate.credentials()).isEqualTo(UserCredentials.of("admin", "changeit"));
    }

    @Test
    void answersTheServersHeartbeatWithTheSameId() throws Exception {
        start(settings());
        FakeTransport.Connection c = identified();
        Frame request = Frame.of(TcpCommand.HEARTBEAT_REQUEST, CorrelationIds.next(), null);
        c.deliver(request);
        Frame response = c.next();
        assertThat(response.command()).isEqualTo(TcpCommand.HEARTBEAT_RESPONSE);
        assertThat(response.correlationId()).isEqualTo(request.correlationId());
    }

    @Test
    void asksForAHeartbeatWhenIdleAndReconnectsWhenNoneComes() throws Exception {
        start(settings().heartbeatInterval(Duration.ofMillis(50)).heartbeatTimeout(Duration.ofMillis(100)));
        FakeTransport.Connection first = identified();
        assertThat(first.next().command()).isEqualTo(TcpCommand.HEARTBEAT_REQUEST);
        FakeTransport.Connection second = transport.nextConnection();
        assertThat(first.isOpen()).isFalse();
        assertThat(second.next().command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
    }

    @Test
    void anOperationWithoutAnswerTimesOut() throws Exception {
        start(settings().operationTimeout(Duration.ofMillis(200)));
        CompletableFuture<WriteResult> pending = append();
        identified().next();
        assertThat(failure(pending)).isInstanceOf(OperationTimeoutException.class).hasMessageContaining("append to stream 's'");
    }

    @Test
    void operationsInFlightAreSentAgainAfterAReconnect() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection first = identified();
        first.next();
        first.drop();
        FakeTransport.Connection second = identified();
        Frame again = second.next();
        assertThat(codec.decode(again)).isInstanceOf(WriteEvents.class);
        second.deliver(codec.reply(again.correlationId(), success(3)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheReconnectAttempts() {
        transport.refuse = true;
        start(settings().maxReconnectAttempts(2));
        Throwable error = failure(append());
        assertThat(error).isInstanceOf(ReconnectsExhaustedException.class).hasMessageContaining("3 attempts");
        assertThat(transport.attempts.get()).isEqualTo(3);
        assertThat(transport.closed).isTrue();
    }

    @Test
    void retriesWhileTheNodeIsNotReadyThenGivesUp() throws Exception {
        start(settings().maxOperationRetries(2));
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = identified();
        for (int i = 0; i < 3; i++) {
            Frame write = c.next();
            c.deliver(codec.reply(write.correlationId(), new NotHandled(NotHandledReason.NOT_READY, null)));
        }
        assertThat(failure(pending)).isInstanceOf(NotHandledException.class).hasMessageContaining("NOT_READY");
    }

    @Test
    void retriesServerTimeoutsAndSucceeds() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = identified();
        Frame first = c.next();
        c.deliver(codec.reply(first.correlationId(),
                new WriteEventsCompleted(OperationResult.COMMIT_TIMEOUT, null, -1, -1, null, null, null)));
        Frame second = c.next();
        c.deliver(codec.reply(second.correlationId(), success(7)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(7);
    }

    @Test
    void aServerThatRefusesIdentifyClientFailsClearly() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        c.deliver(codec.reply(identify.correlationId(), new BadRequest("Could not unwrap network package for command 245.\n")));
        assertThat(failure(pending)).isInstanceOf(ConfigurationException.class).hasMessageContaining("protocol v3");
    }

    @Test
    void callbacksRunOnTheCallbackExecutor() throws Exception {
        start(settings());
        CompletableFuture<String> thread = append().thenApply(r -> Thread.currentThread().getName());
        FakeTransport.Connection c = identified();
        Frame write = c.next();
        c.deliver(codec.reply(write.correlationId(), success(0)));
        assertThat(thread.get(5, TimeUnit.SECONDS)).startsWith("extreme-callback");
    }

    @Test
    void closingFailsWhatIsPendingAndWhatComesAfter() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        identified().next();
        client.close();
        assertThat(failure(pending)).isInstanceOf(ClientClosedException.class);
        assertThat(failure(append())).isInstanceOf(ClientClosedException.class);
        assertThatThrownBy(() -> client.readEvent("", StreamPosition.of(0), ReadOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusedCredentialsDuringTheHandshakeLeaveTheConnectionUsable() throws Exception {
        start(settings().credentials("admin", "wrong"));
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        Frame authenticate = c.next();
        assertThat(authenticate.command()).isEqualTo(TcpCommand.AUTHENTICATE);
        c.deliver(codec.reply(authenticate.correlationId(), new NotAuthenticated("Unauthorized")));
        Frame write = c.next();
        c.deliver(codec.reply(write.correlationId(), new NotAuthenticated("Not Authenticated")));
        assertThat(failure(pending)).isInstanceOf(NotAuthenticatedException.class)
                .hasMessageContaining("append to stream 's'").hasMessageNotContaining("wrong");
    }
}
