package io.extreme.discovery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.extreme.Endpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** One node's gossip over HTTP, for tests: answers what it is told, slowly or with an error if asked to. */
final class FakeGossipNode implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-gossip-node");
        thread.setDaemon(true);
        return thread;
    });
    /** Each request's path and query, then its Accept header. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String body = "";
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;

    private FakeGossipNode(InetSocketAddress address) {
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A node on 127.0.0.1 and a free port. */
    static FakeGossipNode start() {
        return start("127.0.0.1", 0);
    }

    /** A node on {@code ip} (a loopback address literal) and {@code port} (0 for a free one). */
    static FakeGossipNode start(String ip, int port) {
        return new FakeGossipNode(new InetSocketAddress(ip, port));
    }

    /** A loopback port nothing listens on (bound, then closed). */
    static Endpoint closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return new Endpoint("127.0.0.1", socket.getLocalPort());
        }
    }

    Endpoint http() {
        return new Endpoint(server.getAddress().getAddress().getHostAddress(), server.getAddress().getPort());
    }

    FakeGossipNode answer(String json) {
        this.body = json;
        this.status = 200;
        return this;
    }

    FakeGossipNode fail(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    FakeGossipNode slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Accept"));
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis()); // latency injected on purpose: the node is slow
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client gave up (its timeout) before the slow answer: nothing to do.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
