package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.SubscriptionOptions;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.testkit.EmbeddedEventStore;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * closeAsync and close over real TCP: the future completes once the client has ended (its
 * subscriptions told, its threads gone), whether it was connected or still trying to connect, and
 * a close called in a handler, on the client's own callback thread, does not wait for itself.
 */
class ClosingTest {
    /** Records what a subscription hears; closes the client at its first event when told to. */
    private static final class Handler implements SubscriptionListener {
        final List<ResolvedEvent> events = new CopyOnWriteArrayList<>();
        final List<DropReason> drops = new CopyOnWriteArrayList<>();
        final AtomicLong closeTookNanos = new AtomicLong(-1);
        volatile ExtremeClient closeAtFirstEvent;

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            events.add(event);
            ExtremeClient client = closeAtFirstEvent;
            if (client != null && closeTookNanos.get() < 0) {
                long start = System.nanoTime();
                client.close();
                closeTookNanos.set(System.nanoTime() - start);
            }
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            drops.add(reason);
        }
    }

    @Test
    void closeAsyncCompletesOnceTheSubscriptionsHeardAndLeavesNoThreadOfTheClient() throws Exception {
        Set<String> before = clientThreads();
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint()).build());
            String stream = FaultRig.stream("close-async");
            Handler handler = new Handler();
            client.subscribeToStream(stream, SubscriptionOptions.DEFAULTS, handler).get(15, TimeUnit.SECONDS);
            FaultRig.get(client.append(stream, EventData.json("e", "{}")));
            FaultRig.await("the event", 15, () -> handler.events.size() == 1);

            client.closeAsync().get(15, TimeUnit.SECONDS);

            assertThat(handler.drops).as("told before the close completed").containsExactly(DropReason.CONNECTION_CLOSED);
            assertThat(client.isClosed()).isTrue();
        }
        // The executors have ended; their threads take their last steps just after: a wait with a deadline.
        FaultRig.await("no engine, callback, NIO, DNS or close thread left", 5, () -> before.containsAll(clientThreads()));
    }

    @Test
    void closeAsyncEndsAClientThatIsStillTryingToConnect() throws Exception {
        Set<String> before = clientThreads();
        Endpoint nobody;
        try (ServerSocket closedAgain = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            nobody = new Endpoint("127.0.0.1", closedAgain.getLocalPort());
        }
        Lifecycles lifecycle = new Lifecycles();
        ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(nobody)
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofSeconds(10)).connectionListener(lifecycle).build());
        FaultRig.await("a few refused attempts", 15, () -> lifecycle.count("reconnecting") >= 3);
        CompletableFuture<?> pending = client.append(FaultRig.stream("never"), EventData.json("e", "{}"));

        client.closeAsync().get(15, TimeUnit.SECONDS);

        assertThat(pending).isCompletedExceptionally();
        assertThat(lifecycle.count("closed")).isEqualTo(1);
        FaultRig.await("no thread of the client left", 5, () -> before.containsAll(clientThreads()));
    }

    @Test
    void closeInAHandlerReturnsAtOnceAndTheClientStillEnds() throws Exception {
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint()).build());
            String stream = FaultRig.stream("close-in-handler");
            Handler handler = new Handler();
            handler.closeAtFirstEvent = client;
            client.subscribeToStream(stream, SubscriptionOptions.DEFAULTS, handler).get(15, TimeUnit.SECONDS);
            FaultRig.get(client.append(stream, EventData.json("e", "{}")));

            FaultRig.await("the handler's close to return", 15, () -> handler.closeTookNanos.get() >= 0);
            // Waiting for its own thread, it would have used the whole bound (5 s) and then given up.
            assertThat(handler.closeTookNanos.get()).as("close in the handler, ns")
                    .isLessThan(TimeUnit.SECONDS.toNanos(2));
            client.closeAsync().get(15, TimeUnit.SECONDS);
            assertThat(client.isClosed()).isTrue();
            assertThat(handler.drops).containsExactly(DropReason.CONNECTION_CLOSED);
        }
    }

    /** The live threads a client starts, but the shared subscription timer. */
    private static Set<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("extreme-engine-") || n.startsWith("extreme-callback-")
                        || n.startsWith("extreme-nio-") || n.startsWith("extreme-dns-") || n.startsWith("extreme-close-"))
                .collect(Collectors.toSet());
    }
}
