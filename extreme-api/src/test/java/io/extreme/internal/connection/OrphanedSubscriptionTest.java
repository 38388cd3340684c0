package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.AppendOptions;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.PersistentConnectOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.OperationTimeoutException;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription the server confirms after the client gave up on it is an orphan: the client
 * unsubscribes it once, whatever the server pushes to it meanwhile, and its drop reaches no one.
 * Late answers to anything else are ignored. The test plays the server frame by frame.
 */
class OrphanedSubscriptionTest {
    private static final Duration SHORT = Duration.ofMillis(200);
    private static final List<EventData> EVENT = List.of(EventData.json("t", "{}"));

    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private ExtremeClient client;
    private FakeTransport.Connection connection;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void start() throws InterruptedException {
        // Heartbeats far apart, so every frame the client sends is one a test asked for.
        client = ClientCore.start(ExtremeSettings.builder().connectionName("orphan-test").reconnectDelay(Duration.ofMillis(10))
                .heartbeatInterval(Duration.ofSeconds(60)).heartbeatTimeout(Duration.ofSeconds(120)).build(),
                codec, transport, new FixedDiscovery());
        connection = transport.nextConnection();
        Frame identify = connection.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        connection.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
    }

    private static Throwable failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /**
     * Proves the client sent nothing in answer to the frames delivered before: they are handled on
     * the engine's thread in order, so an append asked for now is the next frame on the wire.
     */
    private void assertNothingMoreSent() throws Exception {
        CompletableFuture<WriteResult> barrier = client.append("barrier", EVENT);
        Frame next = connection.next();
        assertThat(next.command()).as("the frame after the late ones").isEqualTo(TcpCommand.WRITE_EVENTS);
        connection.deliver(codec.reply(next.correlationId(), completed()));
        barrier.get(10, TimeUnit.SECONDS);
    }

    private static WriteEventsCompleted completed() {
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, 0, 10L, 10L, 0L);
    }

    private static EventRecord record() {
        return new EventRecord("s", 0, UUID.randomUUID(), "t", 1, 0, "{}".getBytes(), null, null, 0L);
    }

    @Test
    void aVolatileSubscriptionConfirmedAfterItsTimeoutIsUnsubscribedOnce() throws Exception {
        start();
        Recorder listener = new Recorder();
        CompletableFuture<?> subscribed = client.subscribeToStream("s", SubscriptionOptions.DEFAULTS.withTimeout(SHORT), listener);
        Frame subscribe = connection.next();
        assertThat(subscribe.command()).isEqualTo(TcpCommand.SUBSCRIBE_TO_STREAM);
        assertThat(failure(subscribed)).isInstanceOf(OperationTimeoutException.class);
        // The timeout's drop reaches the listener on the callback executor, after the future failed.
        ServerHarness.until("the timeout's drop", () -> !listener.drops.isEmpty());
        int dropsAfterTimeout = listener.drops.size();

        UUID orphan = subscribe.correlationId();
        connection.deliver(codec.reply(orphan, new SubscriptionConfirmation(10L, 0L)));
        Frame unsubscribe = connection.next();
        assertThat(unsubscribe.command()).isEqualTo(TcpCommand.UNSUBSCRIBE_FROM_STREAM);
        assertThat(unsubscribe.correlationId()).isEqualTo(orphan);

        // The server pushes until it has read the unsubscribe: no second one for those.
        for (int i = 0; i < 3; i++) {
            connection.deliver(codec.reply(orphan, new StreamEventAppeared(new WireResolvedEvent(record(), null, 10L, 10L))));
        }
        connection.deliver(codec.reply(orphan, new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED)));
        assertNothingMoreSent();
        assertThat(listener.events).as("pushes to the orphan reach no one").isEmpty();
        assertThat(listener.drops).as("its drop reaches no one").hasSize(dropsAfterTimeout);
    }

    @Test
    void aPersistentSubscriptionConfirmedAfterItsTimeoutIsUnsubscribedOnce() throws Exception {
        start();
        List<Object> heard = new CopyOnWriteArrayList<>();
        PersistentSubscriptionListener listener = (subscription, event, retryCount) -> heard.add(event);
        CompletableFuture<?> connected = client.connectToPersistentSubscription("s", "g",
                PersistentConnectOptions.DEFAULTS.withTimeout(SHORT), listener);
        Frame connect = connection.next();
        assertThat(connect.command()).isEqualTo(TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION);
        assertThat(failure(connected)).isInstanceOf(OperationTimeoutException.class);

        UUID orphan = connect.correlationId();
        connection.deliver(codec.reply(orphan, new PersistentSubscriptionConfirmation(10L, "s::g", 0L)));
        for (int i = 0; i < 3; i++) {
            connection.deliver(codec.reply(orphan, new PersistentSubscriptionStreamEventAppeared(
                    new ResolvedIndexedEvent(record(), null), 0)));
        }
        Frame unsubscribe = connection.next();
        assertThat(unsubscribe.command()).as("the same command ends a persistent subscription")
                .isEqualTo(TcpCommand.UNSUBSCRIBE_FROM_STREAM);
        assertThat(unsubscribe.correlationId()).isEqualTo(orphan);
        connection.deliver(codec.reply(orphan, new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED)));
        assertNothingMoreSent();
        assertThat(heard).isEmpty();
    }

    @Test
    void pushesToAnIdTheClientNeverConfirmedAreUnsubscribedOnce() throws Exception {
        start();
        UUID unknown = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            connection.deliver(codec.reply(unknown, new StreamEventAppeared(new WireResolvedEvent(record(), null, 10L, 10L))));
        }
        Frame unsubscribe = connection.next();
        assertThat(unsubscribe.command()).isEqualTo(TcpCommand.UNSUBSCRIBE_FROM_STREAM);
        assertThat(unsubscribe.correlationId()).isEqualTo(unknown);
        assertNothingMoreSent();
    }

    @Test
    void aLateAnswerToAnAppendIsIgnored() throws Exception {
        start();
        CompletableFuture<WriteResult> append = client.append("s", EVENT, AppendOptions.DEFAULTS.withTimeout(SHORT));
        Frame write = connection.next();
        assertThat(failure(append)).isInstanceOf(OperationTimeoutException.class);
        connection.deliver(codec.reply(write.correlationId(), completed()));
        assertNothingMoreSent();
    }

    @Test
    void aDropForAnIdTheClientNeverUnsubscribedSendsNothing() throws Exception {
        start();
        connection.deliver(codec.reply(UUID.randomUUID(), new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED)));
        assertNothingMoreSent();
    }
}
