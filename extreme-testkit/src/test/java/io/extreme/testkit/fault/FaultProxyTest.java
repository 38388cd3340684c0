package io.extreme.testkit.fault;

import static io.extreme.testkit.fault.Wire.TIMEOUT;
import static io.extreme.testkit.fault.Wire.attemptRefused;
import static io.extreme.testkit.fault.Wire.await;
import static io.extreme.testkit.fault.Wire.concat;
import static io.extreme.testkit.fault.Wire.connect;
import static io.extreme.testkit.fault.Wire.frame;
import static io.extreme.testkit.fault.Wire.read;
import static io.extreme.testkit.fault.Wire.readToEnd;
import static io.extreme.testkit.fault.Wire.staysQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The proxy between a raw socket client and a loopback server the test controls. */
class FaultProxyTest {
    private static final Duration QUIET = Duration.ofMillis(300);

    private LoopbackServer server;
    private FaultProxy proxy;

    private FaultProxy proxyTo(LoopbackServer target) {
        server = target;
        proxy = FaultProxy.start(target.endpoint());
        return proxy;
    }

    @AfterEach
    void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void forwardsALargeFrameAndManySmallOnesUnchanged() throws Exception {
        proxyTo(LoopbackServer.echo());
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.writeBytes(frame(1024 * 1024, 7));
        for (int i = 0; i < 10_000; i++) {
            sent.writeBytes(frame(18 + i % 40, i));
        }
        byte[] bytes = sent.toByteArray();
        try (Socket client = connect(proxy.endpoint())) {
            // Written from another thread: the echo fills the buffers both ways at once.
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeInPieces(client, bytes));
            byte[] echoed = read(client, bytes.length);
            writer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(Arrays.equals(echoed, bytes)).as("echoed bytes equal sent bytes").isTrue();
        }
        assertThat(proxy.acceptedConnections()).isEqualTo(1);
    }

    @Test
    void cutAllResetsTheClientAndTheServerSide() throws Exception {
        proxyTo(LoopbackServer.manual());
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            serverSide.setSoTimeout((int) TIMEOUT.toMillis());
            await("the connection to be open", () -> proxy.openConnections() == 1);

            proxy.cutAll();

            assertThat(readToEnd(client)).isEmpty();
            assertThat(readToEnd(serverSide)).isEmpty();
            assertThat(proxy.cuts()).isEqualTo(1);
            assertThat(proxy.openConnections()).isZero();
        }
        proxy.cutAll();
        assertThat(proxy.cuts()).as("a cut with nothing to close does not count").isEqualTo(1);
    }

    @Test
    void refusesNewConnectionsButKeepsOpenOnes() throws Exception {
        proxyTo(LoopbackServer.echo());
        try (Socket open = connect(proxy.endpoint())) {
            await("the first connection to be proxied", () -> proxy.acceptedConnections() == 1);
            proxy.refuseNewConnections(true);

            assertThat(attemptRefused(proxy.endpoint())).isEmpty();
            assertThat(proxy.refusedConnections()).isEqualTo(1);
            assertThat(server.acceptedConnections()).as("a refused client never reaches the server").isEqualTo(1);
            open.getOutputStream().write(frame(3, 1));
            assertThat(read(open, 7)).isEqualTo(frame(3, 1));

            proxy.refuseNewConnections(false);
            try (Socket again = connect(proxy.endpoint())) {
                again.getOutputStream().write(frame(2, 9));
                assertThat(read(again, 6)).isEqualTo(frame(2, 9));
            }
        }
    }

    @Test
    void refuseForEndsByItself() throws Exception {
        proxyTo(LoopbackServer.echo());
        proxy.refuseFor(Duration.ofMillis(200));
        assertThat(attemptRefused(proxy.endpoint())).isEmpty();
        await("connections to be accepted again", () -> echoesThroughNewConnection(proxy));
        assertThat(proxy.refusedConnections()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void silenceHoldsBytesEachWayAndResumeDeliversThem() throws Exception {
        proxyTo(LoopbackServer.manual());
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            serverSide.setSoTimeout((int) TIMEOUT.toMillis());
            proxy.silence(Direction.TO_SERVER);
            client.getOutputStream().write(frame(5, 1));
            assertThat(staysQuiet(serverSide, QUIET)).as("the server hears nothing").isTrue();
            serverSide.getOutputStream().write(frame(4, 2));
            assertThat(read(client, 8)).as("the other way still flows").isEqualTo(frame(4, 2));

            proxy.silence(Direction.TO_CLIENT);
            serverSide.getOutputStream().write(frame(6, 3));
            assertThat(staysQuiet(client, QUIET)).as("the client hears nothing").isTrue();

            proxy.resume();
            assertThat(read(serverSide, 9)).isEqualTo(frame(5, 1));
            assertThat(read(client, 10)).isEqualTo(frame(6, 3));
            assertThat(proxy.openConnections()).as("silence keeps the sockets open").isEqualTo(1);
        }
    }

    @Test
    void latencyDelaysEachWayByAtLeastTheLatency() throws Exception {
        proxyTo(LoopbackServer.echo());
        Duration latency = Duration.ofMillis(150);
        try (Socket client = connect(proxy.endpoint())) {
            proxy.latency(latency);
            long start = System.nanoTime();
            client.getOutputStream().write(frame(10, 4));
            assertThat(read(client, 14)).isEqualTo(frame(10, 4));
            Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
            assertThat(roundTrip).isGreaterThanOrEqualTo(latency.multipliedBy(2));

            proxy.latency(Duration.ZERO);
            client.getOutputStream().write(frame(1, 5));
            assertThat(read(client, 5)).isEqualTo(frame(1, 5));
        }
    }

    @Test
    void cutMidFrameDeliversPartOfTheNextFrameThenEndsTheConnection() throws Exception {
        proxyTo(LoopbackServer.manual());
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            OutputStream toClient = serverSide.getOutputStream();
            toClient.write(frame(30, 1));
            assertThat(read(client, 34)).as("a frame before the fault is armed").isEqualTo(frame(30, 1));

            proxy.cutMidFrame();
            byte[] next = frame(100, 2);
            // The frame reaches the proxy in two pieces: the cut must follow it across reads.
            toClient.write(next, 0, 3);
            toClient.flush();
            toClient.write(next, 3, next.length - 3);

            assertThat(readToEnd(client)).isEqualTo(Arrays.copyOf(next, 4 + 50));
            serverSide.setSoTimeout((int) TIMEOUT.toMillis());
            assertThat(readToEnd(serverSide)).as("the server side is cut too").isEmpty();
        }
        // One-shot: a new connection passes whole frames again.
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            serverSide.getOutputStream().write(frame(100, 3));
            assertThat(read(client, 104)).isEqualTo(frame(100, 3));
        }
    }

    @Test
    void corruptNextPayloadRewritesOneFramesPayloadAndKeepsItsFraming() throws Exception {
        proxyTo(LoopbackServer.manual());
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            OutputStream toClient = serverSide.getOutputStream();
            proxy.corruptNextPayload();
            byte[] heartbeat = frame(18, 1); // header only: passes untouched, the fault stays armed
            byte[] next = frame(60, 2);
            toClient.write(heartbeat);
            toClient.write(next, 0, 10);
            toClient.flush();
            toClient.write(next, 10, next.length - 10);
            assertThat(read(client, heartbeat.length)).isEqualTo(heartbeat);
            byte[] corrupted = read(client, next.length);
            assertThat(Arrays.copyOf(corrupted, 22)).as("prefix and header kept").isEqualTo(Arrays.copyOf(next, 22));
            for (int i = 22; i < corrupted.length; i++) {
                assertThat(corrupted[i]).isEqualTo((byte) 0xFF);
            }
            byte[] after = frame(40, 3);
            toClient.write(after);
            assertThat(read(client, after.length)).as("one-shot").isEqualTo(after);
        }
    }

    @Test
    void injectedBytesLandBetweenTheServersFrames() throws Exception {
        proxyTo(LoopbackServer.manual());
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            await("the connection to be open", () -> proxy.openConnections() == 1);
            byte[] first = frame(40, 1);
            byte[] second = frame(12, 2);
            byte[] injected = frame(new byte[] {(byte) 0xEE, 0, 1, 2});
            OutputStream toClient = serverSide.getOutputStream();
            toClient.write(first, 0, 20);
            assertThat(read(client, 20)).as("half of the first frame passed the proxy").isEqualTo(Arrays.copyOf(first, 20));

            proxy.injectToClients(injected);
            toClient.write(concat(Arrays.copyOfRange(first, 20, first.length), second));

            byte[] rest = read(client, first.length - 20 + injected.length + second.length);
            assertThat(rest).isEqualTo(concat(Arrays.copyOfRange(first, 20, first.length), injected, second));
        }
    }

    @Test
    void injectedBytesReachAnIdleClientAtOnce() throws Exception {
        proxyTo(LoopbackServer.echo());
        try (Socket client = connect(proxy.endpoint())) {
            await("the connection to be open", () -> proxy.openConnections() == 1);
            byte[] hugeLength = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};
            proxy.injectToClients(hugeLength);
            assertThat(read(client, 4)).isEqualTo(hugeLength);
        }
    }

    @Test
    void cutRandomlyCutsAgainAndAgainUntilStopped() throws Exception {
        proxyTo(LoopbackServer.echo());
        proxy.cutRandomly(Duration.ofMillis(10), Duration.ofMillis(40), new Random(42));
        List<Socket> clients = new ArrayList<>();
        try {
            await("three cuts", () -> {
                if (proxy.openConnections() == 0) {
                    clients.add(connectQuietly(proxy));
                }
                return proxy.cuts() >= 3;
            });
            proxy.stopCutting();
            int cuts = proxy.cuts();
            try (Socket survivor = connect(proxy.endpoint())) {
                assertThat(staysQuiet(survivor, QUIET)).as("no cut after stopCutting").isTrue();
            }
            assertThat(proxy.cuts()).isEqualTo(cuts);
        } finally {
            for (Socket client : clients) {
                client.close();
            }
        }
    }

    private static Socket connectQuietly(FaultProxy proxy) {
        try {
            return connect(proxy.endpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean echoesThroughNewConnection(FaultProxy proxy) {
        try (Socket client = connect(proxy.endpoint())) {
            client.getOutputStream().write(frame(1, 1));
            return Arrays.equals(client.getInputStream().readNBytes(5), frame(1, 1));
        } catch (IOException refusedStill) {
            return false;
        }
    }

    private static void writeInPieces(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            for (int offset = 0; offset < bytes.length; offset += 10_000) {
                out.write(bytes, offset, Math.min(10_000, bytes.length - offset));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
