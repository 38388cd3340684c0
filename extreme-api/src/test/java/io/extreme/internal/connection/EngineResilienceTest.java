package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ConnectionListener;
import io.extreme.Endpoint;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.OperationQueueFullException;
import io.extreme.error.ReconnectsExhaustedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine under faults a fake server plays: redirects, busy nodes, unreadable frames, limits, lifecycle events. */
class EngineResilienceTest {
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private ExtremeClient client;

    private ExtremeClient start(ExtremeSettings.Builder settings) {
        client = ClientCore.start(settings.build(), codec, transport, new FixedDiscovery());
        return client;
    }

    private ExtremeSettings.Builder settings() {
        return ExtremeSettings.builder().connectionName("resilience-test").reconnectDelay(Duration.ofMillis(10))
                .connectionListener(new ConnectionListener() {
                    @Override public void connected(Endpoint node) { record("connected " + node.port()); }
                    @Override public void disconnected(Endpoint node, Throwable cause) { record("disconnected " + node.port()); }
                    @Override public void reconnecting(int attempt, Duration delay) { record("reconnecting " + attempt); }
                    @Override public void error(Throwable error) { record("error " + error.getClass().getSimpleName()); }
                    @Override public void closed(Throwable cause) { record("closed " + (cause == null ? "by user" : "giving up")); }
                });
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
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        return c;
    }

    private CompletableFuture<WriteResult> append() {
        return client.append("s", EventData.json("t", "{}"));
    }

    private static WriteEventsCompleted success(long last) {
        return new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, last, 100L, 100L, 0L);
    }

    private static Throwable failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private void record(String event) {
        synchronized (events) {
            events.add(event);
            events.notifyAll();
        }
    }

    private void awaitEvent(String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (events) {
            while (!events.contains(event)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no '" + event + "' among " + events);
                }
                TimeUnit.NANOSECONDS.timedWait(events, left); // woken by the next event
            }
        }
    }

    @Test
    void notMasterSendsTheOperationToTheMasterItNames() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection follower = identified();
        Frame write = follower.next();
        follower.deliver(codec.reply(write.correlationId(), new NotHandled(NotHandledReason.NOT_MASTER,
                new MasterInfo("127.0.0.9", 4113, "127.0.0.9", 2113, null, null))));
        FakeTransport.Connection master = identified();
        assertThat(master.remote()).isEqualTo(new Endpoint("127.0.0.9", 4113));
        assertThat(follower.isOpen()).isFalse();
        Frame again = master.next();
        assertThat(codec.decode(again)).isInstanceOf(WriteEvents.class);
        master.deliver(codec.reply(again.correlationId(), success(0)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isZero();
    }

    @Test
    void aBusyNodeIsAskedAgainAfterTheRetryDelay() throws Exception {
        start(settings().retryDelay(Duration.ofMillis(150)));
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection c = identified();
        Frame write = c.next();
        long answeredAt = System.nanoTime();
        c.deliver(codec.reply(write.correlationId(), new NotHandled(NotHandledReason.TOO_BUSY, null)));
        Frame again = c.next();
        assertThat(System.nanoTime() - answeredAt).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        c.deliver(codec.reply(again.correlationId(), success(1)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(1);
    }

    @Test
    void anUnknownCommandCostsTheConnectionAndTheOperationIsSentAgain() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection first = identified();
        Frame write = first.next();
        first.deliver(Frame.of(0x77, write.correlationId(), new byte[] {1, 2, 3}));
        FakeTransport.Connection second = identified();
        assertThat(first.isOpen()).isFalse();
        Frame again = second.next();
        second.deliver(codec.reply(again.correlationId(), success(2)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(2);
        awaitEvent("error MalformedFrameException");
    }

    @Test
    void aPayloadThatDoesNotDecodeCostsTheConnection() throws Exception {
        start(settings());
        CompletableFuture<WriteResult> pending = append();
        FakeTransport.Connection first = identified();
        Frame write = first.next();
        first.deliver(Frame.of(TcpCommand.WRITE_EVENTS_COMPLETED, write.correlationId(), new byte[] {9}));
        FakeTransport.Connection second = identified();
        Frame again = second.next();
        second.deliver(codec.reply(again.correlationId(), success(5)));
        assertThat(pending.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(5);
    }

    @Test
    void aFullQueueRefusesNewOperationsClearlyAndLosesNothingAdmitted() throws Exception {
        transport.refuse = true; // nothing gets sent: everything waits in the queue
        start(settings().maxQueueSize(3).maxReconnectAttempts(-1));
        List<CompletableFuture<WriteResult>> admitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            admitted.add(append());
        }
        Throwable refused = failure(append());
        assertThat(refused).isInstanceOf(OperationQueueFullException.class).hasMessageContaining("maxQueueSize")
                .hasMessageContaining("3 operations");
        transport.refuse = false;
        FakeTransport.Connection c = identified();
        for (int i = 0; i < 3; i++) {
            Frame write = c.next();
            c.deliver(codec.reply(write.correlationId(), success(i)));
        }
        for (CompletableFuture<WriteResult> f : admitted) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(append()).isNotCompleted(); // room again: admitted, sent, waiting for its answer
    }

    @Test
    void noMoreThanTheInFlightLimitAwaitAnswers() throws Exception {
        start(settings().maxConcurrentOperations(2));
        FakeTransport.Connection c = identified();
        List<CompletableFuture<WriteResult>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(append());
        }
        Frame a = c.next();
        Frame b = c.next();
        assertThat(c.sent.poll(200, TimeUnit.MILLISECONDS)).as("a third while two await answers").isNull();
        c.deliver(codec.reply(a.correlationId(), success(0)));
        Frame third = c.next();
        c.deliver(codec.reply(b.correlationId(), success(1)));
        c.deliver(codec.reply(third.correlationId(), success(2)));
        for (int i = 0; i < 2; i++) {
            Frame next = c.next();
            c.deliver(codec.reply(next.correlationId(), success(3 + i)));
        }
        for (CompletableFuture<WriteResult> f : all) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void lifecycleEventsComeInOrder() throws Exception {
        start(settings());
        FakeTransport.Connection first = identified();
        awaitEvent("connected 1113");
        first.drop();
        identified();
        awaitEvent("reconnecting 1");
        client.close();
        awaitEvent("closed by user");
        assertThat(events).containsSubsequence("connected 1113", "disconnected 1113", "reconnecting 1",
                "connected 1113", "closed by user");
    }

    @Test
    void aNodeThatClosesDuringTheHandshakeCountsAsAFailedAttempt() throws Exception {
        start(settings().maxReconnectAttempts(2));
        CompletableFuture<WriteResult> pending = append();
        for (int i = 0; i < 3; i++) {
            FakeTransport.Connection c = transport.nextConnection();
            c.next(); // IdentifyClient: the client is in its handshake
            c.drop(); // the node let us in, then resets before ClientIdentified
        }
        assertThat(failure(pending)).isInstanceOf(ReconnectsExhaustedException.class).hasMessageContaining("3 attempts");
        awaitEvent("closed giving up");
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        ReconnectPolicy policy = new ReconnectPolicy(ExtremeSettings.builder()
                .reconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000)).build());
        assertThat(policy.delay(0).toMillis()).isBetween(50L, 100L);
        assertThat(policy.delay(1).toMillis()).isBetween(100L, 200L);
        assertThat(policy.delay(2).toMillis()).isBetween(200L, 400L);
        assertThat(policy.delay(10).toMillis()).isBetween(500L, 1000L);
        ReconnectPolicy fixed = new ReconnectPolicy(ExtremeSettings.builder().reconnectDelay(Duration.ofMillis(250))
                .maxReconnectAttempts(10).build());
        assertThat(fixed.delay(7)).isEqualTo(Duration.ofMillis(250));
        assertThat(fixed.exhausted(10)).isFalse();
        assertThat(fixed.exhausted(11)).isTrue();
    }

    @Test
    void closingLeavesNoEngineOrCallbackThreadBehind() throws Exception {
        start(settings());
        identified();
        append();
        client.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Thread thread : liveClientThreads()) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        assertThat(liveClientThreads()).isEmpty();
    }

    private static List<Thread> liveClientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (t.getName().startsWith("extreme-engine-") || t.getName().startsWith("extreme-callback-")))
                .toList();
    }
}
