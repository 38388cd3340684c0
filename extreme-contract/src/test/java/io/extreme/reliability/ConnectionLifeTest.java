package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ConnectionListener;
import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.SubscriptionOptions;
import io.extreme.error.ClientClosedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.testkit.EmbeddedEventStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The connection's life as a user sees it: lifecycle events, volatile subscriptions across a reconnect, a clean close. */
class ConnectionLifeTest {
    private static final class Recorder implements SubscriptionListener {
        final List<Long> events = new CopyOnWriteArrayList<>();
        final List<DropReason> drops = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            events.add(event.originalEventNumber());
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            drops.add(reason);
        }
    }

    @Test
    void refusedDefaultCredentialsAreReportedToTheListener() throws Exception {
        CompletableFuture<String> refused = new CompletableFuture<>();
        try (EmbeddedEventStore store = EmbeddedEventStore.start();
             ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint())
                     .credentials("admin", "not-the-password").connectionListener(new ConnectionListener() {
                         @Override
                         public void authenticationFailed(Endpoint node, String reason) {
                             refused.complete(node + " " + reason);
                         }
                     }).build())) {
            assertThat(refused.get(15, TimeUnit.SECONDS)).startsWith(store.endpoint().toString()).doesNotContain("not-the-password");
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void aVolatileSubscriptionEndsOnceWithConnectionClosedByDefault() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b)) {
            String stream = FaultRig.stream("volatile-default");
            Recorder recorder = new Recorder();
            FaultRig.get(rig.client.subscribeToStream(stream, recorder));
            rig.proxy.cutAll();
            FaultRig.await("the drop", 15, () -> !recorder.drops.isEmpty());
            FaultRig.get(rig.client.append(stream, EventData.json("after", "{}"))); // reconnected
            assertThat(recorder.drops).containsExactly(DropReason.CONNECTION_CLOSED);
        }
    }

    @Test
    void aVolatileSubscriptionResumesWhenAskedAndHearsNoDrop() throws Exception {
        try (FaultRig rig = new FaultRig(b -> b.resumeVolatileSubscriptions(true))) {
            String stream = FaultRig.stream("volatile-resume");
            Recorder recorder = new Recorder();
            Subscription subscription = FaultRig.get(rig.client.subscribeToStream(stream, recorder));
            FaultRig.get(rig.direct.append(stream, EventData.json("e", "{}")));
            FaultRig.await("event 0", 15, () -> recorder.events.size() == 1);
            for (int cut = 0; cut < 3; cut++) {
                long before = System.nanoTime();
                rig.proxy.cutAll();
                rig.lifecycle.await("connected", before);
            }
            // Subscribed again after the last reconnect: an event written now arrives.
            FaultRig.await("event 1 to arrive on the resumed subscription", 15, () -> {
                if (recorder.events.size() < 2) {
                    FaultRig.get(rig.direct.append(stream, EventData.json("e", "{}")));
                }
                return recorder.events.size() >= 2;
            });
            assertThat(recorder.drops).isEmpty();
            subscription.close();
            FaultRig.await("the drop", 15, () -> !recorder.drops.isEmpty());
            assertThat(recorder.drops).containsExactly(DropReason.UNSUBSCRIBED);
        }
    }

    @Test
    void closingFailsWhatIsPendingEndsSubscriptionsOnceAndLeavesNoThreadBehind() throws Exception {
        Set<String> before = clientThreads();
        try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
            ExtremeClient client = Extreme.connect(ExtremeSettings.builder().endpoint(store.endpoint()).build());
            String stream = FaultRig.stream("close");
            FaultRig.get(client.append(stream, EventData.json("e", "{}")));
            Recorder catchUp = new Recorder();
            client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS, catchUp).join();
            FaultRig.await("the catch-up", 15, () -> catchUp.events.size() == 1);
            store.close(); // nothing will answer now: the append below stays pending
            CompletableFuture<?> pending = client.append(stream, EventData.json("e", "{}"));
            client.close();
            assertThat(client.isClosed()).isTrue();
            try {
                pending.get(15, TimeUnit.SECONDS);
                throw new AssertionError("the pending append should have failed");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClientClosedException.class).hasMessageContaining("closed");
            }
            FaultRig.await("the catch-up's drop", 15, () -> !catchUp.drops.isEmpty());
            assertThat(catchUp.drops).containsExactly(DropReason.CONNECTION_CLOSED);
        }
        FaultRig.await("the client's threads to end", 15, () -> before.containsAll(clientThreads()));
    }

    /** The live threads a client starts: engine, callbacks, NIO, the subscription timer. */
    private static Set<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("extreme-engine-") || n.startsWith("extreme-callback-")
                        || n.startsWith("extreme-nio-") || n.startsWith("extreme-subscription-timer"))
                .collect(Collectors.toSet());
    }
}
