package io.extreme.transport.nio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.spi.TransportConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Name resolution on the transport's own bounded DNS threads. No name ever leaves the machine:
 * every lookup here is a fake that answers from the test (names under {@code .test}, reserved).
 */
class DnsThreadsTest {
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicReference<Thread> lookedUpOn = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<DnsThreads> made = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        made.forEach(DnsThreads::close);
    }

    /** Answers every name with 127.0.0.1, recording where it ran. */
    private InetAddress loopback(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        lookedUpOn.set(Thread.currentThread());
        return InetAddress.getByAddress(host, LOOPBACK); // with a name given, the JDK looks nothing up
    }

    /** Blocks until the test releases it, like a DNS server that does not answer. */
    private InetAddress stuck(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return InetAddress.getByAddress(host, LOOPBACK);
    }

    private DnsThreads dns(DnsThreads.Lookup lookup) {
        DnsThreads dns = new DnsThreads(lookup);
        made.add(dns);
        return dns;
    }

    @Test
    void ipLiteralsAreReadInPlaceWithNoLookupAndNoThread() throws Exception {
        DnsThreads dns = dns(host -> {
            throw new AssertionError("looked up " + host);
        });

        CompletableFuture<InetSocketAddress> v4 = dns.resolve(new Endpoint("127.0.0.1", 1113));
        CompletableFuture<InetSocketAddress> v6 = dns.resolve(new Endpoint("::1", 1113));
        CompletableFuture<InetSocketAddress> bracketed = dns.resolve(new Endpoint("[::1]", 1113));

        assertThat(v4).as("complete on return: no thread did it").isCompleted();
        assertThat(v4.get().getAddress().getAddress()).containsExactly(LOOPBACK);
        assertThat(v4.get().getPort()).isEqualTo(1113);
        assertThat(v6.get().getAddress().isLoopbackAddress()).isTrue();
        assertThat(bracketed.get().getAddress()).isEqualTo(v6.get().getAddress());
        assertThat(dns.liveThreads()).as("DNS threads started").isZero();
        assertThat(DnsThreads.literal("10.20.30.40").getHostAddress()).isEqualTo("10.20.30.40");
    }

    @Test
    void onlyThePlainDottedFormIsTakenForAnIpv4Literal() throws Exception {
        for (String notPlain : List.of("1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..2.3", "a.b.c.d", "node-a.test")) {
            assertThat(DnsThreads.literal(notPlain)).as(notPlain).isNull();
        }
        assertThatThrownBy(() -> DnsThreads.literal("1:2:3:x::")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void namesAreLookedUpOnADaemonDnsThread() throws Exception {
        DnsThreads dns = dns(this::loopback);

        InetSocketAddress address = dns.resolve(new Endpoint("node-a.test", 2113)).get(10, TimeUnit.SECONDS);

        assertThat(address.getAddress().getAddress()).containsExactly(LOOPBACK);
        assertThat(address.getPort()).isEqualTo(2113);
        assertThat(lookedUpOn.get().getName()).startsWith("extreme-dns-");
        assertThat(lookedUpOn.get().isDaemon()).isTrue();
    }

    @Test
    void aLookupPastTheBoundFailsAtOnceWithAClearError() throws Exception {
        DnsThreads dns = dns(this::stuck);
        List<CompletableFuture<InetSocketAddress>> admitted = new ArrayList<>();
        for (int i = 0; i < DnsThreads.THREADS + DnsThreads.QUEUE; i++) {
            admitted.add(dns.resolve(new Endpoint("node-" + i + ".test", 1113)));
        }

        CompletableFuture<InetSocketAddress> refused = dns.resolve(new Endpoint("one-too-many.test", 1113));

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::get).cause().isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("one-too-many.test was not looked up")
                .hasMessageContaining(DnsThreads.THREADS + " lookups run and " + DnsThreads.QUEUE + " wait already");
        release.countDown();
        for (CompletableFuture<InetSocketAddress> each : admitted) {
            assertThat(each.get(10, TimeUnit.SECONDS).getAddress().getAddress()).containsExactly(LOOPBACK);
        }
        assertThat(lookups.get()).isEqualTo(DnsThreads.THREADS + DnsThreads.QUEUE);
    }

    @Test
    void closeFailsTheWaitingLookupsAndEndsTheThreads() throws Exception {
        DnsThreads dns = dns(this::stuck);
        List<CompletableFuture<InetSocketAddress>> lookupsMade = new ArrayList<>();
        for (int i = 0; i < DnsThreads.THREADS + 1; i++) {
            lookupsMade.add(dns.resolve(new Endpoint("node-" + i + ".test", 1113)));
        }

        dns.close();

        CompletableFuture<InetSocketAddress> waiting = lookupsMade.get(DnsThreads.THREADS);
        assertThat(waiting).as("the lookup that waited for a thread").isCompletedExceptionally();
        assertThatThrownBy(waiting::get).cause().isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> dns.resolve(new Endpoint("later.test", 1113)).get()).cause()
                .isInstanceOf(IllegalStateException.class);
        release.countDown(); // the lookups under way cannot be interrupted: they end when "the server" answers
        assertThat(dns.awaitTermination(10_000)).as("the DNS threads ended").isTrue();
    }

    @Test
    void theTransportConnectsToANameOnItsDnsThreadsAndItsCloseEndsThem() throws Exception {
        DnsThreads dns = dns(this::loopback);
        try (LoopbackPeer peer = new LoopbackPeer()) {
            NioTransport transport = new NioTransport(ExtremeSettings.defaults(), dns);
            Endpoint named = new Endpoint("node-a.test", peer.endpoint().port());
            CompletableFuture<TransportConnection> connecting = transport.connect(named, new RecordingListener());
            try (Socket ignored = peer.accept()) {
                TransportConnection connection = connecting.get(10, TimeUnit.SECONDS);
                assertThat(connection.remote()).isEqualTo(named);
                assertThat(lookedUpOn.get().getName()).startsWith("extreme-dns-");

                transport.close();

                assertThat(dns.awaitTermination(0)).as("ended within the transport's close").isTrue();
                lookedUpOn.get().join(10_000); // its last steps after the pool ended: a wait with a deadline
                assertThat(lookedUpOn.get().isAlive()).isFalse();
            }
        }
    }

    @Test
    void aFailedLookupFailsTheConnectNamingTheEndpoint() {
        DnsThreads dns = dns(host -> {
            throw new UnknownHostException(host + ": no such name in this test");
        });
        try (NioTransport transport = new NioTransport(ExtremeSettings.defaults(), dns)) {
            Endpoint missing = new Endpoint("missing.test", 1113);
            assertThatThrownBy(() -> transport.connect(missing, new RecordingListener()).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("missing.test:1113").hasMessageContaining("no such name in this test");
        }
    }
}
