package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeSettings;
import io.extreme.PersistentConnectOptions;
import io.extreme.SubscriptionOptions;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.OperationQueueFullException;
import io.extreme.event.EventData;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.client.ClientView;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.internal.fakes.ServerHarness.Recorder;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling the future of a call withdraws its operation: one still queued is never sent and
 * frees its slot at once; one sent is forgotten, frees its in-flight slot, and its late answer is
 * ignored, or unsubscribed when it confirms a subscription. The test plays the server frame by frame.
 */
class CancelTest {
    private static final List<EventData> EVENT = List.of(EventData.json("t", "{}"));

    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private ClientView client;
    private FakeTransport.Connection connection;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void start(ExtremeSettings.Builder settings) {
        // Heartbeats far apart, so every frame the client sends is one a test asked for.
        client = (ClientView) ClientCore.start(settings.connectionName("cancel-test").reconnectDelay(Duration.ofMillis(10))
                .maxReconnectAttempts(-1).heartbeatInterval(Duration.ofSeconds(60)).heartbeatTimeout(Duration.ofSeconds(120)).build(),
                codec, transport, new FixedDiscovery());
    }

    private void connect() throws InterruptedException {
        connection = transport.nextConnection();
        Frame identify = connection.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        connection.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
    }

    /** Waits until everything asked of the engine thread so far (a cancel) has run there. */
    private void engineCaughtUp() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        client.core().engine.later(0, done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).as("the engine thread ran what was asked before").isTrue();
    }

    private String stream(Frame write) {
        return ((WriteEvents) codec.decode(write)).streamId();
    }

    private static WriteEventsCompleted completed(long n) {
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, n, n, 10L + n, 10L + n, 0L);
    }

    @Test
    void aCancelledQueuedOperationIsNeverSentAndFreesItsSlotAtOnce() throws Exception {
        transport.refuse = true; // nothing can be sent: everything waits in the queue
        start(ExtremeSettings.builder().maxQueueSize(2));
        CompletableFuture<WriteResult> cancelled = client.append("cancel-a", EVENT);
        CompletableFuture<WriteResult> kept = client.append("cancel-b", EVENT);
        CompletableFuture<WriteResult> refused = client.append("cancel-refused", EVENT);
        assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(OperationQueueFullException.class);

        assertThat(cancelled.cancel(false)).isTrue();
        engineCaughtUp();
        CompletableFuture<WriteResult> admitted = client.append("cancel-c", EVENT);
        engineCaughtUp();
        assertThat(admitted).as("admitted into the slot the cancel freed, waiting for a connection").isNotDone();

        transport.refuse = false;
        connect();
        Frame first = connection.next();
        Frame second = connection.next();
        assertThat(List.of(stream(first), stream(second))).containsExactly("cancel-b", "cancel-c");
        connection.deliver(codec.reply(first.correlationId(), completed(0)));
        connection.deliver(codec.reply(second.correlationId(), completed(1)));
        assertThat(kept.get(10, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(0);
        assertThat(admitted.get(10, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(1);
        assertThat(connection.sent.poll(100, TimeUnit.MILLISECONDS)).as("the cancelled append, never sent").isNull();
        assertThat(cancelled).isCancelled();
    }

    @Test
    void aCancelledSentOperationFreesItsInFlightSlotAndItsLateAnswerIsIgnored() throws Exception {
        start(ExtremeSettings.builder().maxConcurrentOperations(1));
        connect();
        CompletableFuture<WriteResult> cancelled = client.append("cancel-sent", EVENT);
        Frame sent = connection.next();
        CompletableFuture<WriteResult> behind = client.append("cancel-behind", EVENT);
        assertThat(connection.sent.poll(100, TimeUnit.MILLISECONDS)).as("waits: one operation in flight at most").isNull();

        cancelled.cancel(true);
        Frame next = connection.next();
        assertThat(stream(next)).as("sent once the cancel freed the in-flight slot").isEqualTo("cancel-behind");

        connection.deliver(codec.reply(sent.correlationId(), completed(0))); // the late answer: nobody's
        connection.deliver(codec.reply(next.correlationId(), completed(1)));
        assertThat(behind.get(10, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(1);
        assertThat(cancelled).isCancelled();
        assertThat(connection.sent.poll(100, TimeUnit.MILLISECONDS)).as("no retry of the cancelled one").isNull();
    }

    @Test
    void aCancelledStageComposedFromACallCancelsTheCallToo() throws Exception {
        start(ExtremeSettings.builder().maxConcurrentOperations(1));
        connect();
        CompletableFuture<String> composed = client.append("cancel-composed", EVENT).thenApply(r -> "done");
        connection.next();
        CompletableFuture<WriteResult> behind = client.append("cancel-composed-behind", EVENT);
        composed.cancel(false);
        assertThat(stream(connection.next())).as("the composed stage's cancel withdrew the append").isEqualTo("cancel-composed-behind");
        assertThat(behind).isNotDone();
    }

    @Test
    void aCancelledSubscribeConfirmedLateIsUnsubscribed() throws Exception {
        start(ExtremeSettings.builder());
        connect();
        Recorder listener = new Recorder();
        CompletableFuture<?> subscribed = client.subscribeToStream("cancel-sub", SubscriptionOptions.DEFAULTS, listener);
        Frame subscribe = connection.next();
        assertThat(subscribe.command()).isEqualTo(TcpCommand.SUBSCRIBE_TO_STREAM);
        subscribed.cancel(false);
        engineCaughtUp();

        connection.deliver(codec.reply(subscribe.correlationId(), new SubscriptionConfirmation(10L, 0L)));
        Frame unsubscribe = connection.next();
        assertThat(unsubscribe.command()).isEqualTo(TcpCommand.UNSUBSCRIBE_FROM_STREAM);
        assertThat(unsubscribe.correlationId()).isEqualTo(subscribe.correlationId());
        connection.deliver(codec.reply(subscribe.correlationId(), new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED)));
        ServerHarness.until("the listener heard the end", () -> listener.drops.size() == 1);
        assertThat(listener.drops.get(0).reason()).isEqualTo(DropReason.UNSUBSCRIBED);
        assertThat(subscribed).isCancelled();
    }

    /**
     * A stage composed from a subscription's start, still waiting for something else after the
     * server confirmed it (a {@code thenCompose}), is cancelled: that stage alone ends, and the
     * live subscription is not unsubscribed.
     */
    @Test
    void aCancelledStageOfAConfirmedSubscribeLeavesTheSubscriptionAlone() throws Exception {
        start(ExtremeSettings.builder());
        connect();
        Recorder listener = new Recorder();
        CompletableFuture<?> subscribed = client.subscribeToStream("cancel-stage-sub", SubscriptionOptions.DEFAULTS, listener);
        CompletableFuture<Void> elsewhere = new CompletableFuture<>();
        CompletableFuture<Void> composed = subscribed.thenCompose(subscription -> elsewhere);
        Frame subscribe = connection.next();
        connection.deliver(codec.reply(subscribe.correlationId(), new SubscriptionConfirmation(10L, 0L)));
        subscribed.get(10, TimeUnit.SECONDS);

        assertThat(composed.cancel(true)).isTrue();
        engineCaughtUp();
        CompletableFuture<WriteResult> barrier = client.append("cancel-stage-barrier", EVENT);
        Frame next = connection.next();
        assertThat(next.command()).as("no unsubscribe before the barrier").isEqualTo(TcpCommand.WRITE_EVENTS);
        connection.deliver(codec.reply(next.correlationId(), completed(0)));
        barrier.get(10, TimeUnit.SECONDS);
        assertThat(listener.drops).as("the subscription is still live").isEmpty();
    }

    @Test
    void aCancelledPersistentConnectConfirmedLateIsUnsubscribed() throws Exception {
        start(ExtremeSettings.builder());
        connect();
        CompletableFuture<?> connected = client.connectToPersistentSubscription("cancel-ps", "g", PersistentConnectOptions.DEFAULTS,
                (subscription, event, retryCount) -> { });
        Frame connect = connection.next();
        assertThat(connect.command()).isEqualTo(TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION);
        connected.cancel(false);
        engineCaughtUp();

        connection.deliver(codec.reply(connect.correlationId(), new PersistentSubscriptionConfirmation(10L, "cancel-ps::g", 0L)));
        Frame unsubscribe = connection.next();
        assertThat(unsubscribe.command()).isEqualTo(TcpCommand.UNSUBSCRIBE_FROM_STREAM);
        assertThat(unsubscribe.correlationId()).isEqualTo(connect.correlationId());
    }

    @Test
    void aCancelledQueuedSubscribeIsNeverSent() throws Exception {
        transport.refuse = true;
        start(ExtremeSettings.builder());
        Recorder listener = new Recorder();
        CompletableFuture<?> subscribed = client.subscribeToStream("cancel-queued-sub", SubscriptionOptions.DEFAULTS, listener);
        subscribed.cancel(false);
        engineCaughtUp();
        transport.refuse = false;
        connect();
        CompletableFuture<WriteResult> barrier = client.append("cancel-barrier", EVENT);
        Frame next = connection.next();
        assertThat(next.command()).as("the first frame after the handshake: the subscribe was withdrawn")
                .isEqualTo(TcpCommand.WRITE_EVENTS);
        connection.deliver(codec.reply(next.correlationId(), completed(0)));
        barrier.get(10, TimeUnit.SECONDS);
        ServerHarness.until("the listener heard the end", () -> listener.drops.size() == 1);
        assertThat(listener.drops.get(0).reason()).isEqualTo(DropReason.UNSUBSCRIBED);
    }

    @Test
    void aCancelledCatchUpStartEndsTheCatchUpAndSubscribesNothing() throws Exception {
        start(ExtremeSettings.builder());
        connect();
        Recorder listener = new Recorder();
        CompletableFuture<?> started = client.subscribeToStreamFrom("cancel-catch-up", StreamPosition.START, SubscriptionOptions.DEFAULTS,
                listener);
        Frame read = connection.next();
        assertThat(read.command()).isEqualTo(TcpCommand.READ_STREAM_EVENTS_FORWARD);
        started.cancel(false);
        ServerHarness.until("the catch-up heard its end", () -> listener.drops.size() == 1);
        assertThat(listener.drops.get(0).reason()).isEqualTo(DropReason.UNSUBSCRIBED);

        // The read's answer comes to a catch-up that has ended: it reads no more and subscribes to nothing.
        connection.deliver(codec.reply(read.correlationId(), new ReadStreamEventsCompleted(ReadDirection.FORWARD, List.of(),
                ReadStreamResult.NO_STREAM, -1, -1, true, 0, null)));
        CompletableFuture<WriteResult> barrier = client.append("cancel-catch-up-barrier", EVENT);
        Frame next = connection.next();
        assertThat(next.command()).as("the next frame is the barrier's, not a read or a subscribe").isEqualTo(TcpCommand.WRITE_EVENTS);
        connection.deliver(codec.reply(next.correlationId(), completed(0)));
        barrier.get(10, TimeUnit.SECONDS);
        assertThat(started).isCancelled();
    }
}
