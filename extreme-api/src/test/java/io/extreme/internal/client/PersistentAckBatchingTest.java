package io.extreme.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.PersistentConnectOptions;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.persistent.NackAction;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.PersistentSubscriptionAckEvents;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionNakEvents;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Acks leave a persistent consumer in batches: few frames, each id once, and nothing lost on close. */
class PersistentAckBatchingTest {
    private static final int BOUND = 2000;
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final ExtremeClient client = ClientCore.start(ExtremeSettings.builder().connectionName("ack-test")
            .reconnectDelay(Duration.ofMillis(10)).build(), codec, transport, new FixedDiscovery());
    private final BlockingQueue<ResolvedEvent> handled = new LinkedBlockingQueue<>();
    private FakeTransport.Connection connection;
    private UUID correlationId;
    private volatile boolean handlerNacks;

    @AfterEach
    void close() {
        client.close();
    }

    private PersistentSubscription connect(int bufferSize, boolean autoAck) throws Exception {
        var started = client.connectToPersistentSubscription("orders", "workers",
                PersistentConnectOptions.DEFAULTS.withBufferSize(bufferSize).withAutoAck(autoAck),
                new PersistentSubscriptionListener() {
                    @Override
                    public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) {
                        handled.add(event);
                        if (handlerNacks) {
                            subscription.nack(event, NackAction.PARK, "bad");
                        }
                    }

                    @Override
                    public void onDropped(PersistentSubscription subscription, DropReason reason, Throwable cause) {
                    }
                });
        connection = transport.nextConnection();
        Frame identify = connection.next();
        connection.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        Frame connect = connection.next();
        assertThat(connect.command()).isEqualTo(TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION);
        correlationId = connect.correlationId();
        connection.deliver(codec.reply(correlationId, new PersistentSubscriptionConfirmation(0, "orders::workers", -1L)));
        return started.get(5, TimeUnit.SECONDS);
    }

    private List<UUID> push(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EventRecord record = new EventRecord("orders", i, UUID.randomUUID(), "placed", 1, 0, new byte[0], null, null, null);
            ids.add(record.eventId());
            connection.deliver(codec.reply(correlationId,
                    new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(record, null), 0)));
        }
        return ids;
    }

    /** The next frame of {@code command} the client sent, skipping heartbeats, within five seconds. */
    private Frame next(int command) throws InterruptedException {
        while (true) {
            Frame frame = connection.next();
            if (frame.command() != TcpCommand.HEARTBEAT_REQUEST && frame.command() != TcpCommand.HEARTBEAT_RESPONSE) {
                assertThat(frame.command()).isEqualTo(command);
                return frame;
            }
        }
    }

    @Test
    void tenThousandAutoAckedEventsTakeAFewFramesAndEveryIdIsAckedOnce() throws Exception {
        int n = 10_000;
        connect(n, true);
        List<UUID> ids = push(n);
        List<UUID> acked = new ArrayList<>();
        int frames = 0;
        while (acked.size() < n) { // each next() waits at most five seconds: the deadline
            var ack = (PersistentSubscriptionAckEvents) codec.decode(next(TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS));
            assertThat(ack.subscriptionId()).isEqualTo("orders::workers");
            assertThat(ack.processedEventIds()).hasSizeLessThanOrEqualTo(BOUND);
            acked.addAll(ack.processedEventIds());
            frames++;
        }

        assertThat(acked).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(new HashSet<>(acked)).hasSize(n);
        // ceil(10,000 / 2,000) = 5 full frames at best; the 2 ms window may cut a few short.
        assertThat(frames).isBetween(n / BOUND, n / 100);
        assertThat(connection.sent.poll(50, TimeUnit.MILLISECONDS)).as("nothing more after every id").isNull();
    }

    @Test
    void closingSendsWhatTheUserAckedBeforeItUnsubscribes() throws Exception {
        PersistentSubscription subscription = connect(100, false);
        List<UUID> ids = push(3);
        List<ResolvedEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(handled.poll(5, TimeUnit.SECONDS));
        }
        subscription.ack(events);
        subscription.close();

        var ack = (PersistentSubscriptionAckEvents) codec.decode(next(TcpCommand.PERSISTENT_SUBSCRIPTION_ACK_EVENTS));
        assertThat(ack.processedEventIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(next(TcpCommand.UNSUBSCRIBE_FROM_STREAM).correlationId()).isEqualTo(correlationId);
    }

    @Test
    void anEventTheHandlerNackedIsNotAutoAckedToo() throws Exception {
        handlerNacks = true;
        connect(100, true);
        List<UUID> ids = push(50);
        List<UUID> nacked = new ArrayList<>();
        while (nacked.size() < 50) { // each next() waits at most five seconds: the deadline
            var nak = (PersistentSubscriptionNakEvents) codec.decode(next(TcpCommand.PERSISTENT_SUBSCRIPTION_NAK_EVENTS));
            assertThat(nak.action()).isEqualTo(NackAction.PARK);
            assertThat(nak.message()).isEqualTo("bad");
            nacked.addAll(nak.processedEventIds());
        }
        assertThat(nacked).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(connection.sent.poll(50, TimeUnit.MILLISECONDS)).as("no ack after the nacks").isNull();
    }
}
