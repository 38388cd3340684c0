package io.extreme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.reliability.Lifecycles;
import io.extreme.testkit.cluster.SimulatedCluster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bad gossip seeds before the good ones, through the whole client: one down (nothing listens),
 * one slow (answers after the gossip timeout), one answering garbage. The client moves on to
 * the next each time and connects to the master within a few gossip timeouts.
 */
class GossipSeedsTest {
    private static final Duration GOSSIP_TIMEOUT = Duration.ofMillis(300);

    @Test
    void aDownASlowAndAGarbageSeedAreSkippedOnTheWayToTheMaster() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer slow = server(exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS); // hangs past the gossip timeout until the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        HttpServer garbage = server(exchange -> {
            byte[] body = "<html>not gossip</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        try (SimulatedCluster cluster = SimulatedCluster.start(3)) {
            List<Endpoint> seeds = new ArrayList<>();
            seeds.add(new Endpoint("127.0.0.1", deadPort()));
            seeds.add(new Endpoint("127.0.0.1", slow.getAddress().getPort()));
            seeds.add(new Endpoint("127.0.0.1", garbage.getAddress().getPort()));
            seeds.add(cluster.node(2).gossipEndpoint());
            Lifecycles lifecycle = new Lifecycles();
            long started = System.nanoTime();
            try (ExtremeClient client = Extreme.connect(new SimulatedTarget(cluster).client("bad-seeds")
                    .gossipSeeds(seeds).gossipTimeout(GOSSIP_TIMEOUT).connectionListener(lifecycle).build())) {
                ClusterReads.get(client.append("bad-seeds-" + UUID.randomUUID(), EventData.json("through-bad-seeds", "{}")));

                Lifecycles.Event connected = lifecycle.await("connected", started);
                assertThat(connected.node()).isEqualTo(cluster.node(0).tcpEndpoint());
                // one timeout for the slow seed, and nothing else close to one
                assertThat(TimeUnit.NANOSECONDS.toMillis(connected.atNanos() - started))
                        .isGreaterThanOrEqualTo(GOSSIP_TIMEOUT.toMillis() - 50);
            }
        } finally {
            release.countDown();
            slow.stop(0);
            garbage.stop(0);
        }
    }

    private static HttpServer server(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/", handler);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "bad-seed");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }

    /** A loopback port nothing listens on: bound for a moment, then released. */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
