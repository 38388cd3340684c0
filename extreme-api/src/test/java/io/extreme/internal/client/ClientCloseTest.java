package io.extreme.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.ConnectionListener;
import io.extreme.Endpoint;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.UserCredentials;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.ClientClosedException;
import io.extreme.event.EventData;
import io.extreme.event.WriteResult;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.internal.fakes.ServerHarness;
import io.extreme.spi.Frame;
import io.extreme.spi.message.ClientIdentified;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * closeAsync and close: the future completes once the client has ended, every call shares one
 * close, and a close called on one of the client's own threads starts the end without waiting for it.
 */
class ClientCloseTest {
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final AtomicReference<ExtremeClient> client = new AtomicReference<>();

    @AfterEach
    void closeWhatIsLeft() {
        if (client.get() != null) {
            client.get().close();
        }
    }

    private ExtremeClient start(ExtremeSettings.Builder settings) {
        client.set(ClientCore.start(settings.connectionName("close-test").reconnectDelay(Duration.ofMillis(10)).build(),
                codec, transport, new FixedDiscovery()));
        return client.get();
    }

    /** Lets the client in: answers its IdentifyClient. */
    private void identify() throws InterruptedException {
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
    }

    @Test
    void closeAsyncCompletesOnceThePendingOperationsFailedAndTheClientsThreadsEnded() throws Exception {
        Set<String> before = clientThreads();
        ExtremeClient c = start(ExtremeSettings.builder());
        CompletableFuture<WriteResult> pending = c.append("s", EventData.json("t", "{}")); // no handshake answer: it waits
        CountDownLatch holding = new CountDownLatch(1);
        pending.whenComplete((result, error) -> await(holding)); // a callback still running once the engine stopped

        CompletableFuture<Void> closed = c.closeAsync();
        CompletableFuture<String> completedOn = closed.thenApply(done -> Thread.currentThread().getName());
        ServerHarness.until("the engine to stop", () -> transport.closed && c.isClosed());
        assertThat(closed).as("complete while a callback still runs").isNotDone();
        holding.countDown();
        closed.get(10, TimeUnit.SECONDS);

        assertThat(pending).as("failed before the close completed").isCompletedExceptionally();
        assertThatThrownBy(pending::join).hasCauseInstanceOf(ClientClosedException.class);
        assertThat(completedOn.get(10, TimeUnit.SECONDS)).as("the thread that completed the close").startsWith("extreme-close-");
        ServerHarness.until("no engine, callback or close thread of the client left",
                () -> before.containsAll(clientThreads()));
    }

    @Test
    void everyCallGetsItsOwnCopyOfTheOneClose() throws Exception {
        ExtremeClient c = start(ExtremeSettings.builder());
        // A callback held running keeps the close from completing until the test lets it go: a
        // close with nothing to wait for may be over before the cancel below.
        CompletableFuture<WriteResult> pending = c.append("s", EventData.json("t", "{}"));
        CountDownLatch holding = new CountDownLatch(1);
        pending.whenComplete((result, error) -> await(holding));
        CompletableFuture<Void> first = c.closeAsync();
        CompletableFuture<Void> second = c.closeAsync();
        assertThat(first).isNotSameAs(second);

        assertThat(first.cancel(true)).isTrue(); // the caller's own copy: the close goes on
        holding.countDown();

        assertThatThrownBy(first::join).isInstanceOf(CancellationException.class);
        second.get(10, TimeUnit.SECONDS);
        assertThat(c.closeAsync()).as("asked after the end").isCompleted();
        c.close(); // nothing left to do: returns
        assertThat(c.isClosed()).isTrue();
    }

    @Test
    void closingAViewAsynchronouslyClosesOnlyTheView() throws Exception {
        ExtremeClient c = start(ExtremeSettings.builder());
        ExtremeClient view = c.withCredentials(UserCredentials.of("ops", "changeit"));

        CompletableFuture<Void> viewClosed = view.closeAsync();

        assertThat(viewClosed).isCompleted();
        assertThat(view.isClosed()).isTrue();
        assertThat(c.isClosed()).isFalse();
        assertThat(transport.closed).isFalse();
    }

    @Test
    void closeInAListenerOnTheCallbackPoolReturnsAtOnceAndTheClientStillEnds() throws Exception {
        assertCloseInTheListenerDoesNotWaitForItself(null, "extreme-callback-");
    }

    @Test
    void closeOnTheEngineThreadReturnsAtOnceAndTheClientStillEnds() throws Exception {
        // A direct callback executor runs the listener on the engine thread itself.
        assertCloseInTheListenerDoesNotWaitForItself(Runnable::run, "extreme-engine-");
    }

    private void assertCloseInTheListenerDoesNotWaitForItself(Executor callbacks, String thread) throws Exception {
        AtomicLong closeTookNanos = new AtomicLong(-1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        ExtremeSettings.Builder settings = ExtremeSettings.builder().connectionListener(new ConnectionListener() {
            @Override
            public void connected(Endpoint node) {
                ranOn.set(Thread.currentThread().getName());
                long start = System.nanoTime();
                client.get().close();
                closeTookNanos.set(System.nanoTime() - start);
            }
        });
        if (callbacks != null) {
            settings.callbackExecutor(callbacks);
        }
        ExtremeClient c = start(settings);
        identify();

        ServerHarness.until("the listener's close to return", () -> closeTookNanos.get() >= 0);
        assertThat(ranOn.get()).startsWith(thread);
        // Waiting for itself, it would have taken the whole bound (5 s) and then given up.
        assertThat(closeTookNanos.get()).as("close in the listener, ns").isLessThan(TimeUnit.SECONDS.toNanos(2));
        c.closeAsync().get(10, TimeUnit.SECONDS);
        assertThat(c.isClosed()).isTrue();
        assertThat(transport.closed).isTrue();
    }

    @Test
    void aCloseThatCannotFinishGivesUpAfterItsBoundAndSaysWhatItStillWaitsFor() throws Exception {
        ScheduledThreadPoolExecutor engine = new ScheduledThreadPoolExecutor(1);
        ForkJoinPool callbacks = new ForkJoinPool(1);
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        callbacks.execute(() -> {
            running.countDown();
            await(stuck); // a callback that blocks
        });
        running.await(10, TimeUnit.SECONDS);
        ClientClose close = new ClientClose("stuck", 0, () -> {
            engine.shutdown();
            callbacks.shutdown();
        }, engine, callbacks, Duration.ofMillis(200));

        close.closeAndWait(null); // returns after the bound: the test goes on only if it does

        CompletableFuture<Void> end = close.start(null);
        assertThat(end).isNotDone();
        assertThat(close.waitingFor()).contains("callback pool").contains("1 running").contains("a callback that blocks");
        stuck.countDown();
        end.get(10, TimeUnit.SECONDS);
        assertThat(close.waitingFor()).startsWith("nothing");
    }

    @Test
    void whileTheEngineHasNotStoppedTheCloseSaysItWaitsForTheEngine() throws Exception {
        ScheduledThreadPoolExecutor engine = new ScheduledThreadPoolExecutor(1);
        CountDownLatch stuck = new CountDownLatch(1);
        engine.execute(() -> await(stuck));
        ClientClose close = new ClientClose("stuck", 0, engine::shutdown, engine, null, Duration.ofMillis(100));

        close.closeAndWait(null);

        assertThat(close.waitingFor()).contains("engine thread");
        stuck.countDown();
        close.start(null).get(10, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("extreme-engine-") || n.startsWith("extreme-callback-") || n.startsWith("extreme-close-"))
                .collect(Collectors.toSet());
    }
}
