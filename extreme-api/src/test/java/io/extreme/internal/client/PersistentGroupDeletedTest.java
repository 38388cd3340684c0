package io.extreme.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.PersistentSubscriptionDeletedException;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.persistent.PersistentSubscription;
import io.extreme.persistent.PersistentSubscriptionListener;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.PersistentSubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A persistent subscription group deleted on the server while a consumer is connected drops it with a type of its own. */
class PersistentGroupDeletedTest {
    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final ExtremeClient client = ClientCore.start(ExtremeSettings.builder().connectionName("group-test")
            .reconnectDelay(Duration.ofMillis(10)).build(), codec, transport, new FixedDiscovery());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aGroupDeletedUnderItsConsumerDropsItWithPersistentSubscriptionDeleted() throws Exception {
        CompletableFuture<Throwable> cause = new CompletableFuture<>();
        CompletableFuture<DropReason> reason = new CompletableFuture<>();
        CompletableFuture<PersistentSubscription> started = client.connectToPersistentSubscription("orders", "workers", new PersistentSubscriptionListener() {
                    @Override
                    public void onEvent(PersistentSubscription subscription, ResolvedEvent event, int retryCount) {
                    }

                    @Override
                    public void onDropped(PersistentSubscription subscription, DropReason why, Throwable error) {
                        reason.complete(why);
                        cause.complete(error);
                    }
                });
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        Frame connect = c.next();
        assertThat(connect.command()).isEqualTo(TcpCommand.CONNECT_TO_PERSISTENT_SUBSCRIPTION);
        c.deliver(codec.reply(connect.correlationId(), new PersistentSubscriptionConfirmation(0, "orders::workers", -1L)));
        started.get(5, TimeUnit.SECONDS);

        c.deliver(codec.reply(connect.correlationId(), new SubscriptionDropped(SubscriptionDropReason.PERSISTENT_SUBSCRIPTION_DELETED)));

        assertThat(reason.get(5, TimeUnit.SECONDS)).isEqualTo(DropReason.PERSISTENT_SUBSCRIPTION_DELETED);
        assertThat(cause.get(5, TimeUnit.SECONDS)).isExactlyInstanceOf(PersistentSubscriptionDeletedException.class)
                .hasMessageContaining("workers");
    }
}
