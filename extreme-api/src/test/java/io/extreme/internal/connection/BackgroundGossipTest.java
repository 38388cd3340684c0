package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Discovery;
import io.extreme.spi.Frame;
import io.extreme.spi.message.ClientIdentified;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With background gossip on, the client moves to the node gossip names as soon as it names another. */
class BackgroundGossipTest {
    private static final Endpoint OLD_MASTER = new Endpoint("127.0.0.2", 1113);
    private static final Endpoint NEW_MASTER = new Endpoint("127.0.0.3", 1113);

    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final AtomicReference<Endpoint> gossip = new AtomicReference<>(OLD_MASTER);
    private ExtremeClient client;

    private final Discovery discovery = new Discovery() {
        @Override
        public CompletableFuture<Endpoint> discover(Endpoint failed) {
            return CompletableFuture.completedFuture(gossip.get());
        }

        @Override
        public CompletableFuture<Endpoint> preferred(Endpoint current) {
            return CompletableFuture.completedFuture(gossip.get());
        }
    };

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

    @Test
    void movesToTheNewMasterWhenGossipNamesIt() throws Exception {
        client = ClientCore.start(ExtremeSettings.builder().connectionName("gossip").backgroundGossip(Duration.ofMillis(20))
                .build(), codec, transport, discovery);
        FakeTransport.Connection first = identified();
        assertThat(first.remote()).isEqualTo(OLD_MASTER);
        gossip.set(NEW_MASTER);
        FakeTransport.Connection second = identified();
        assertThat(second.remote()).isEqualTo(NEW_MASTER);
        assertThat(first.isOpen()).isFalse();
    }

    @Test
    void staysWhenGossipAgrees() throws Exception {
        client = ClientCore.start(ExtremeSettings.builder().connectionName("gossip").backgroundGossip(Duration.ofMillis(10))
                .build(), codec, transport, discovery);
        FakeTransport.Connection only = identified();
        assertThat(transport.connections.poll(300, TimeUnit.MILLISECONDS)).as("no second connection").isNull();
        assertThat(only.isOpen()).isTrue();
    }
}
