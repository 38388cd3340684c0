package io.extreme.transport.nio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.spi.TransportConnection;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Opening connections: success, refusal, the connect timeout, resolution failures, a closed transport. */
class NioConnectTest {
    private static final long WAIT = LoopbackPeer.TIMEOUT_MILLIS;

    private static ExtremeSettings settings(Duration connectTimeout) {
        return ExtremeSettings.builder().connectTimeout(connectTimeout).build();
    }

    @Test
    void connectsOnTheIoThreadWithNoDelay() throws Exception {
        try (LoopbackPeer peer = new LoopbackPeer(); NioTransport transport = new NioTransport(ExtremeSettings.defaults())) {
            AtomicReference<Thread> completedOn = new AtomicReference<>();
            // Hold the loop until the callback is attached: on loopback the connect can finish before
            // whenComplete is called, which would then run the callback on this thread instead.
            CountDownLatch attached = new CountDownLatch(1);
            transport.loop().execute(() -> awaitQuietly(attached));
            CompletableFuture<TransportConnection> future = transport.connect(peer.endpoint(), new RecordingListener())
                    .whenComplete((connection, error) -> completedOn.set(Thread.currentThread()));
            attached.countDown();
            try (Socket ignored = peer.accept()) {
                TransportConnection connection = future.get(WAIT, TimeUnit.MILLISECONDS);

                assertThat(connection.isOpen()).isTrue();
                assertThat(connection.remote()).isEqualTo(peer.endpoint());
                assertThat(completedOn.get().getName()).startsWith("extreme-nio-");
                assertThat(completedOn.get().isDaemon()).isTrue();
            }
        }
    }

    @Test
    void failsARefusedConnectNamingTheEndpoint() throws Exception {
        int port;
        try (ServerSocket closedAgain = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = closedAgain.getLocalPort();
        }
        Endpoint nobody = new Endpoint("127.0.0.1", port);
        try (NioTransport transport = new NioTransport(ExtremeSettings.defaults())) {
            CompletableFuture<TransportConnection> future = transport.connect(nobody, new RecordingListener());

            assertThatThrownBy(() -> future.get(WAIT, TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(ConnectException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void failsAConnectThatIsNotUpWithinTheTimeout() throws Exception {
        // The server listens but never accepts; with a 1 ns budget no connect can be in time.
        try (LoopbackPeer peer = new LoopbackPeer(); NioTransport transport = new NioTransport(settings(Duration.ofNanos(1)))) {
            CompletableFuture<TransportConnection> future = transport.connect(peer.endpoint(), new RecordingListener());

            assertThatThrownBy(() -> future.get(WAIT, TimeUnit.MILLISECONDS))
                    .cause()
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining(peer.endpoint().toString())
                    .hasMessageContaining("timed out");
        }
    }

    @Test
    void theTimerFailsAConnectStillPendingAtTheDeadline() throws Exception {
        // A resolution that never ends keeps the connect pending: only the timer can end it.
        Endpoint endpoint = new Endpoint("127.0.0.1", 1113);
        try (NioTransport transport = new NioTransport(settings(Duration.ofMillis(150)), e -> new CompletableFuture<>())) {
            long start = System.nanoTime();
            CompletableFuture<TransportConnection> future = transport.connect(endpoint, new RecordingListener());

            assertThatThrownBy(() -> future.get(WAIT, TimeUnit.MILLISECONDS))
                    .cause()
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessage("Connect to 127.0.0.1:1113 timed out after 150 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void failsAnEndpointThatDoesNotResolve() throws Exception {
        Endpoint endpoint = new Endpoint("no-such-node.invalid", 1113);
        NioTransport.Resolver failing = e -> CompletableFuture.failedFuture(new UnknownHostException(e.host()));
        try (NioTransport transport = new NioTransport(ExtremeSettings.defaults(), failing)) {
            CompletableFuture<TransportConnection> future = transport.connect(endpoint, new RecordingListener());

            assertThatThrownBy(() -> future.get(WAIT, TimeUnit.MILLISECONDS))
                    .cause()
                    .isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("no-such-node.invalid:1113");
        }
    }

    @Test
    void closingTheTransportFailsAPendingConnect() throws Exception {
        NioTransport transport = new NioTransport(ExtremeSettings.defaults(), e -> new CompletableFuture<>());
        CompletableFuture<TransportConnection> future = transport.connect(new Endpoint("127.0.0.1", 1113), new RecordingListener());

        transport.close();

        assertThatThrownBy(() -> future.get(WAIT, TimeUnit.MILLISECONDS))
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void refusesToConnectOnceClosed() throws Exception {
        try (LoopbackPeer peer = new LoopbackPeer()) {
            NioTransport transport = new NioTransport(ExtremeSettings.defaults());
            transport.close();

            CompletableFuture<TransportConnection> future = transport.connect(peer.endpoint(), new RecordingListener());

            assertThatThrownBy(() -> future.get(WAIT, TimeUnit.MILLISECONDS))
                    .cause()
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
