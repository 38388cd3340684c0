package io.extreme.readme;

import io.extreme.AppendOptions;
import io.extreme.ConnectionListener;
import io.extreme.DeleteOptions;
import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.PersistentConnectOptions;
import io.extreme.ReadOptions;
import io.extreme.SettingsParser;
import io.extreme.TlsSettings;
import io.extreme.TypedClient;
import io.extreme.UserCredentials;
import io.extreme.event.EventData;
import io.extreme.event.EventStream;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.persistent.NackAction;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Listener;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import io.extreme.typed.EventType;
import io.extreme.typed.TypedEventData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's Java examples, each between a {@code // readme:NAME} and a {@code // end} line, as
 * they are printed there: {@link ReadmeExamplesTest} checks that every Java block of the README is
 * one of these regions, word for word, and runs each against the testkit. What the examples lean on
 * (a projection, a logger, a billing step) is defined below them, recording what it was given so
 * that the test can tell the example did its work.
 */
final class ReadmeExamples {
    private static final Logger log = LoggerFactory.getLogger(ReadmeExamples.class);
    /** Every event the examples' projections were handed, in order. */
    static final Queue<Object> projected = new ConcurrentLinkedQueue<>();

    private ReadmeExamples() {
    }

    static void usingIt(String connectionString) {
        // readme:using-it
        // connectionString: "tcp://admin:changeit@127.0.0.1:1113?connectionName=orders"
        try (ExtremeClient client = Extreme.connect(connectionString)) {
            client.append("order-1", List.of(EventData.json("OrderPlaced", "{\"total\":42}")),
                    AppendOptions.expecting(ExpectedVersion.NO_STREAM)).join();
            try (EventStream events = client.readStream("order-1")) {
                for (ResolvedEvent event : events) {
                    System.out.println(event.originalEventNumber() + " " + event.originalEvent().eventType());
                }
            }
        }
        // end
    }

    static void reading(ExtremeClient client) {
        // readme:reading
        // The last ten events of a category, newest first, links resolved, each page within 2 s, as an admin.
        ReadOptions lastTen = ReadOptions.backward().withMaxCount(10).withResolveLinkTos(true)
                .withTimeout(Duration.ofSeconds(2)).withCredentials(UserCredentials.of("admin", "changeit"));
        try (EventStream events = client.readStream("$ce-order", StreamPosition.END, lastTen)) {
            events.stream().forEach(event -> project(event));
        }
        client.delete("order-1", DeleteOptions.hard()).join();   // a tombstone: the name is gone for good
        // end
    }

    static void subscriptions(ExtremeClient client) {
        // readme:subscriptions
        // Live only: events written from now on.
        Subscription live = client.subscribeToStream("order-1", (subscription, event) -> project(event)).join();

        // Catch-up: everything after checkpoint 41, then live, with no gap and no duplicate. The future
        // completes once the first read was answered, and fails when it was refused (access denied,
        // a hard-deleted stream); onDropped hears the end either way.
        CatchUpSubscription catchUp = client.subscribeToStreamFrom("order-1", StreamPosition.after(41), new SubscriptionListener() {
            public void onEvent(Subscription s, ResolvedEvent event) { project(event); }
            public void onLive(Subscription s) { log.info("caught up"); }
            public void onDropped(Subscription s, DropReason reason, Throwable cause) { log.warn("dropped: {}", reason, cause); }
        }).join();
        // end
        handles.add(live);
        handles.add(catchUp);
    }

    /** What the subscription example left open, closed by the test. */
    static final Queue<AutoCloseable> handles = new ConcurrentLinkedQueue<>();

    static OptionalLong listener(ExtremeClient client, long storedCheckpoint) throws Exception {
        // readme:listener
        Listener listener = client.listener("$ce-order", event -> {
            project(event);
            return event.originalEventNumber();      // the checkpoint: the link's number in $ce-order
        }).startAfter(storedCheckpoint).start().join(); // leave startAfter out when nothing was processed yet
        OptionalLong checkpoint = listener.pause();  // nothing is delivered after this returns; empty if nothing was
        listener.resume();
        // end
        handles.add(listener);
        return checkpoint;
    }

    static void persistent(ExtremeClient client) {
        // readme:persistent
        client.createPersistentSubscription("orders", "billing", PersistentSubscriptionSettings.defaults().withStartFromBeginning()).join();
        client.connectToPersistentSubscription("orders", "billing", PersistentConnectOptions.DEFAULTS.withAutoAck(false),
                (subscription, event, retryCount) -> {
                    if (bill(event)) subscription.ack(event);
                    else subscription.nack(event, NackAction.PARK, "cannot bill");
                }).join();
        // end
    }

    // readme:typed-events
    sealed interface OrderEvent permits OrderPlaced, OrderShipped {}
    @EventType("order-placed") record OrderPlaced(String id, BigDecimal total, Instant at) implements OrderEvent {}
    record OrderShipped(String id) implements OrderEvent {}
    // end

    static List<OrderEvent> typed(ExtremeClient client) throws Exception {
        // readme:typed
        TypedClient orders = client.typed();
        orders.append("order-1", List.of(new OrderPlaced("1", new BigDecimal("42.50"), Instant.now()),
                TypedEventData.of(new OrderShipped("1")).withMetadata(Map.of("user", "alice"))),
                AppendOptions.expecting(ExpectedVersion.NO_STREAM)).join();
        List<OrderEvent> history = orders.readStreamSlice("order-1", StreamPosition.START, ReadOptions.DEFAULTS,
                OrderEvent.class).join().data();
        client.listener("$ce-order", orders.handler(OrderEvent.class, e -> {
            project(e.data());
            return e.eventNumber();
        })).start();
        // end
        return history;
    }

    static ExtremeSettings settings() {
        // readme:settings
        ExtremeSettings settings = ExtremeSettings.builder()
                .endpoint("127.0.0.1", 1113).credentials("admin", "changeit")
                .reconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(10)).reconnectForever() // the defaults, spelled out
                .connectionListener(new ConnectionListener() {
                    public void disconnected(Endpoint node, Throwable cause) { log.warn("lost {}", node, cause); }
                    public void closed(Throwable cause) { alert("EventStore client gave up", cause); }
                })
                .build();
        // end
        return settings;
    }

    static List<ExtremeSettings> clusters() {
        // readme:clusters
        ExtremeSettings writer = ExtremeSettings.builder()
                .gossipSeeds(new Endpoint("10.0.0.1", 2113), new Endpoint("10.0.0.2", 2113), new Endpoint("10.0.0.3", 2113))
                .credentials("admin", "changeit").backgroundGossip(Duration.ofSeconds(1)).build();
        ExtremeSettings reader = SettingsParser.fromUri("tcp://admin:changeit@es.internal:2113?db_type=cluster_dns&mode=read");
        // end
        return List.of(writer, reader);
    }

    /** @param caFile the PEM file of the certificate authority that signed the server's certificate */
    static List<ExtremeSettings> tls(Path caFile) {
        // readme:tls
        ExtremeSettings settings = ExtremeSettings.builder().endpoint("10.0.0.1", 1115).credentials("admin", "changeit")
                .tls(TlsSettings.ON.withTrustFile(caFile)).build();
        ExtremeSettings fromUri = SettingsParser.fromUri("tcp://admin:changeit@10.0.0.1:1115?tls=true&tlsCaFile=" + caFile);
        // end
        return List.of(settings, fromUri);
    }

    static CompletableFuture<Void> closing(ExtremeClient client) {
        // readme:closing
        CompletableFuture<Void> closed = client.closeAsync()
                .thenRun(() -> log.info("EventStore client closed, its threads gone"));
        // end
        return closed;
    }

    private static void project(ResolvedEvent event) {
        projected.add(event);
    }

    private static void project(Object data) {
        projected.add(data);
    }

    private static boolean bill(ResolvedEvent event) {
        projected.add(event);
        return event.originalEventNumber() % 2 == 0;
    }

    private static void alert(String what, Throwable cause) {
        log.error(what, cause);
    }
}
