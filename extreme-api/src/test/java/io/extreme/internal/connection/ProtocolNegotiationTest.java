package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ProtocolVersion;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.ConfigurationException;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol auto: IdentifyClient first; ClientIdentified means v4, a BadRequest under the same id
 * means v3; a silent server is a clear error within the handshake timeout. Two fake codecs stand
 * for v3 and v4: each decodes only what it encoded, which shows which one the client used.
 */
class ProtocolNegotiationTest {
    private static final String V3_ANSWER = "Could not unwrap network package for command 245.\n";

    private final FakeCodec v3 = new FakeCodec(3);
    private final FakeCodec v4 = new FakeCodec(4);
    private final FakeTransport transport = new FakeTransport();
    private ExtremeClient client;

    private ExtremeClient start(NegotiatedCodec codec, ExtremeSettings.Builder settings) {
        client = ClientCore.start(settings.connectionName("negotiation").reconnectDelay(Duration.ofMillis(10)).build(),
                codec, transport, new FixedDiscovery());
        return client;
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private CompletableFuture<WriteResult> append() {
        return client.append("s", EventData.json("t", "{}"));
    }

    private static WriteEventsCompleted success(long last) {
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, last, 100L, 100L, null);
    }

    @Test
    void clientIdentifiedMeansV4() throws Exception {
        start(NegotiatedCodec.auto(v3, v4), ExtremeSettings.builder());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        c.deliver(v4.reply(identify.correlationId(), new ClientIdentified()));
        Frame write = c.next();
        assertThat(v4.decode(write)).as("encoded by the v4 codec").isInstanceOf(WriteEvents.class);
        c.deliver(v4.reply(write.correlationId(), success(0)));
        assertThat(pending.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(client.protocol()).isEqualTo(ProtocolVersion.V4);
    }

    @Test
    void aBadRequestUnderTheSameIdMeansV3AndTheNodeIsNotAskedAgainAfterAReconnect() throws Exception {
        start(NegotiatedCodec.auto(v3, v4), ExtremeSettings.builder().credentials("admin", "changeit"));
        assertThat(client.protocol()).as("before the first handshake: the setting").isEqualTo(ProtocolVersion.AUTO);
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection first = transport.nextConnection();
        Frame identify = first.next();
        first.deliver(v4.reply(identify.correlationId(), new BadRequest(V3_ANSWER)));
        Frame authenticate = first.next();
        assertThat(authenticate.command()).as("then Authenticate, in v3").isEqualTo(TcpCommand.AUTHENTICATE);
        first.deliver(Frame.of(TcpCommand.AUTHENTICATED, authenticate.correlationId(), null));
        Frame write = first.next();
        assertThat(v3.decode(write)).as("encoded by the v3 codec").isInstanceOf(WriteEvents.class);
        assertThat(client.protocol()).isEqualTo(ProtocolVersion.V3);
        first.drop();

        FakeTransport.Connection second = transport.nextConnection();
        Frame again = second.next();
        assertThat(again.command()).as("no IdentifyClient to a node known to speak v3").isEqualTo(TcpCommand.AUTHENTICATE);
        second.deliver(Frame.of(TcpCommand.AUTHENTICATED, again.correlationId(), null));
        Frame resent = second.next();
        assertThat(v3.decode(resent)).isInstanceOf(WriteEvents.class);
        second.deliver(v3.reply(resent.correlationId(), success(0)));
        assertThat(pending.get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void protocol3NeverSendsIdentifyClient() throws Exception {
        start(NegotiatedCodec.fixed(v3), ExtremeSettings.builder().protocol("3"));
        append();
        Frame first = transport.nextConnection().next();
        assertThat(v3.decode(first)).isInstanceOf(WriteEvents.class);
        assertThat(client.protocol()).isEqualTo(ProtocolVersion.V3);
    }

    @Test
    void aConnectionResetBeforeTheEngineTookItIsAFailedAttemptNotTheCurrentConnection() throws Exception {
        // A peer that accepts and resets at once: the close is heard before the connection is.
        // Over v3 nothing else would notice a dead current connection but the heartbeat.
        transport.resetOnConnect.set(1);
        start(NegotiatedCodec.fixed(v3), ExtremeSettings.builder().protocol("3")
                .heartbeatInterval(Duration.ofSeconds(30)).heartbeatTimeout(Duration.ofSeconds(30)));
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection reset = transport.nextConnection();
        FakeTransport.Connection second = transport.nextConnection();
        Frame sent = second.next();
        assertThat(v3.decode(sent)).isInstanceOf(WriteEvents.class);
        second.deliver(v3.reply(sent.correlationId(), success(0)));
        assertThat(pending.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(reset.sent).as("nothing was sent on the reset connection").isEmpty();
    }

    @Test
    void autoWithoutTheV3CodecSaysWhichModuleToAdd() throws Exception {
        start(NegotiatedCodec.auto(null, v4), ExtremeSettings.builder());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        c.deliver(v4.reply(identify.correlationId(), new BadRequest(V3_ANSWER)));
        assertThat(failure(pending)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("speaks protocol v3").hasMessageContaining("io.extreme:extreme-protocol-v3");
    }

    @Test
    void protocol4AgainstAV3ServerSaysToChooseAnother() throws Exception {
        start(NegotiatedCodec.fixed(v4), ExtremeSettings.builder().protocol("4"));
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        c.deliver(v4.reply(identify.correlationId(), new BadRequest(V3_ANSWER)));
        assertThat(failure(pending)).isInstanceOf(ConfigurationException.class).hasMessageContaining("choose protocol 3 or auto");
    }

    @Test
    void aServerThatNeverAnswersIsAClearErrorWithinTheHandshakeTimeout() throws Exception {
        start(NegotiatedCodec.auto(v3, v4), ExtremeSettings.builder().handshakeTimeout(Duration.ofMillis(300))
                .maxReconnectAttempts(0).operationTimeout(Duration.ofSeconds(30)));
        CompletableFuture<WriteResult> pending = append();
        assertThat(transport.nextConnection().next().command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        long asked = System.nanoTime();
        Throwable error = failure(pending);
        assertThat(error).isInstanceOf(ReconnectsExhaustedException.class)
                .hasMessageContaining("No answer to IdentifyClient").hasMessageContaining("handshake timeout (300 ms)");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked)).as("not before the timeout").isGreaterThanOrEqualTo(250);
    }

    private static Throwable failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
