package io.extreme.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.PersistentSubscriptionDeletedException;
import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandled;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A persistent consumer the server drops with Unsubscribed though the user asked for no
 * unsubscribe: a real master does that to every consumer when it starts shutting down or stops
 * being master (issue 17 item 6), on a connection still open. The group lives on, so the consumer
 * connects to it again: on the same connection, on the master a NotMaster names, or after the
 * reconnect; it ends only if the group is gone, and then as deleted.
 */
class PersistentUnaskedDropTest {
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final ExtremeClient client = ClientCore.start(ExtremeSettings.builder().connectionName("unasked-drop-test")
            .reconnectDelay(Duration.ofMillis(10)).build(), codec, transport, new FixedDiscovery());
    private final BlockingQueue<UUID> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<DropReason> dropped = new CompletableFuture<>();
    private final CompletableFuture<Throwable> cause = new CompletableFuture<>();
    private PersistentSubscription consumer;
    private Frame firstConnect;

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void droppedUnaskedItConnectsToItsGroupAgainOnTheSameConnection() throws Exception {
        FakeTransport.Connection c = connected();
        Frame first = firstConnect;

        c.deliver(codec.reply(first.correlationId(), new SubscriptionDropped(null))); // no reason on the wire: Unsubscribed

        Frame again = confirm(c, next(c, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION));
        assertThat(again.correlationId()).isNotEqualTo(first.correlationId());
        assertThat(delivered(c, again)).isTrue();
        assertThat(dropped).isNotDone();
        assertThat(consumer.isActive()).isTrue();
    }

    @Test
    void aNodeNoLongerMasterSendsItsReconnectToTheMaster() throws Exception {
        FakeTransport.Connection old = connected();
        Frame first = firstConnect;

        old.deliver(codec.reply(first.correlationId(), new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED)));
        Frame refused = next(old, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION);
        old.deliver(codec.reply(refused.correlationId(), new NotHandled(NotHandledReason.NOT_MASTER,
                new MasterInfo("127.0.0.9", 4113, "127.0.0.9", 2113, null, null))));

        FakeTransport.Connection master = identified(transport.nextConnection());
        assertThat(master.remote()).isEqualTo(new Endpoint("127.0.0.9", 4113));
        Frame again = confirm(master, next(master, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION));
        assertThat(delivered(master, again)).isTrue();
        assertThat(dropped).isNotDone();
    }

    @Test
    void aNodeShuttingDownAnswersNothingAndTheReconnectCarriesItToTheNextNode() throws Exception {
        FakeTransport.Connection old = connected();
        Frame first = firstConnect;

        old.deliver(codec.reply(first.correlationId(), new SubscriptionDropped(null)));
        next(old, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION); // unanswered: the node's service has stopped
        old.drop();

        FakeTransport.Connection next = identified(transport.nextConnection());
        Frame again = confirm(next, next(next, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION));
        assertThat(delivered(next, again)).isTrue();
        assertThat(dropped).isNotDone();
    }

    @Test
    void aGroupDeletedMeanwhileEndsTheConsumerAsDeleted() throws Exception {
        FakeTransport.Connection c = connected();
        Frame first = firstConnect;

        c.deliver(codec.reply(first.correlationId(), new SubscriptionDropped(null)));
        Frame again = next(c, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION);
        c.deliver(codec.reply(again.correlationId(), new SubscriptionDropped(SubscriptionDropReason.NOT_FOUND)));

        assertThat(dropped.get(5, TimeUnit.SECONDS)).isEqualTo(DropReason.PERSISTENT_SUBSCRIPTION_DELETED);
        assertThat(cause.get(5, TimeUnit.SECONDS)).isExactlyInstanceOf(PersistentSubscriptionDeletedException.class);
    }

    @Test
    void closedByTheUserItEndsAsUnsubscribedAndIsNotSentAgain() throws Exception {
        FakeTransport.Connection c = connected();
        Frame first = firstConnect;

        consumer.close();
        next(c, TcpCommand.UNSUBSCRIBE_FROM_STREAM);
        c.deliver(codec.reply(first.correlationId(), new SubscriptionDropped(null)));

        assertThat(dropped.get(5, TimeUnit.SECONDS)).isEqualTo(DropReason.UNSUBSCRIBED);
        // The engine handled the drop before this append: a connect sent for it would come first.
        client.append("orders", EventData.json("placed", "{}"));
        next(c, TcpCommand.WRITE_EVENTS);
    }

    /** Connects the consumer and confirms it ({@link #firstConnect}); the connection. */
    private FakeTransport.Connection connected() throws Exception {
        CompletableFuture<PersistentSubscription> started = client.connectToPersistentSubscription("orders", "workers",
                new PersistentSubscriptionListener() {
                    @Override
                    public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) {
                        events.add(event.originalEvent().eventId());
                    }

                    @Override
                    public void onDropped(PersistentSubscription subscription, DropReason reason, Throwable error) {
                        cause.complete(error);
                        dropped.complete(reason);
                    }
                });
        FakeTransport.Connection c = identified(transport.nextConnection());
        firstConnect = confirm(c, next(c, TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION));
        consumer = started.get(5, TimeUnit.SECONDS);
        return c;
    }

    private Frame confirm(FakeTransport.Connection c, Frame connect) {
        c.deliver(codec.reply(connect.correlationId(), new PersistentSubscriptionConfirmation(0, "orders::workers", 4L)));
        return connect;
    }

    /** Pushes one event under {@code connect}'s id; whether the listener got it. */
    private boolean delivered(FakeTransport.Connection c, Frame connect) throws InterruptedException {
        EventRecord record = new EventRecord("orders", 5, UUID.randomUUID(), "placed", 1, 0, new byte[0], null, null, null);
        c.deliver(codec.reply(connect.correlationId(),
                new PersistentSubscriptionStreamEventAppeared(new ResolvedIndexedEvent(record, null), 1)));
        return record.eventId().equals(events.poll(5, TimeUnit.SECONDS));
    }

    private FakeTransport.Connection identified(FakeTransport.Connection c) throws InterruptedException {
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        return c;
    }

    /** The next frame of {@code command} the client sent on {@code c}, skipping heartbeats. */
    private static Frame next(FakeTransport.Connection c, int command) throws InterruptedException {
        while (true) {
            Frame frame = c.next();
            if (frame.command() != TcpCommand.HEARTBEAT_REQUEST && frame.command() != TcpCommand.HEARTBEAT_RESPONSE) {
                assertThat(frame.commandName()).isEqualTo(TcpCommand.nameOf(command));
                return frame;
            }
        }
    }
}
