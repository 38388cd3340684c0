package io.extreme.testkit.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's HTTP interface: {@code GET /gossip} (with or without {@code ?format=json}) answers
 * the node's gossip JSON; {@code POST /admin/shutdown} with the admin's credentials answers 200
 * and then stops the node, as a real node does (401 without them); other paths get 404, other
 * methods 405. While the node is frozen a
 * request hangs, as a stopped process's would, until the node thaws (then it is answered) or
 * goes away (then the connection is dropped unanswered).
 *
 * <p>Threads: requests run on a pool of daemon threads of its own, so hanging ones block nobody.
 */
final class GossipServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GossipServer.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** The testkit's admin user, admin:changeit, as a Basic authorization header. */
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:changeit".getBytes(StandardCharsets.UTF_8));

    private final HttpServer server;
    private final ExecutorService pool;
    private final Supplier<byte[]> gossip;
    private final Runnable shutdown;
    private final Object gate = new Object();
    /** Guarded by {@link #gate}. */
    private boolean frozen;
    /** Guarded by {@link #gate}. */
    private boolean closed;

    /**
     * Binds {@code address} (port 0 picks a free one) and starts answering.
     *
     * @param gossip   the JSON to answer with, made afresh for each request
     * @param shutdown stops the node; run on a thread of its own after the shutdown request is answered
     * @throws UncheckedIOException when the address cannot be bound
     */
    GossipServer(InetSocketAddress address, Supplier<byte[]> gossip, Runnable shutdown) {
        this.gossip = gossip;
        this.shutdown = shutdown;
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve gossip on " + address + ": " + e.getMessage(), e);
        }
        pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "extreme-testkit-gossip-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.createContext("/gossip", this::handle);
        server.createContext("/admin/shutdown", this::shutdown);
        server.start();
    }

    /** The port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Frozen: requests hang. Thawed: hanging requests are answered, new ones at once. */
    void frozen(boolean value) {
        synchronized (gate) {
            frozen = value;
            gate.notifyAll();
        }
    }

    /** Stops listening and drops every connection, hanging requests too. Idempotent. */
    @Override
    public void close() {
        synchronized (gate) {
            if (closed) {
                return;
            }
            closed = true;
            gate.notifyAll();
        }
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!routed(exchange, "/gossip", "GET")) {
                return;
            }
            if (!awaitThawed()) {
                return; // the node went away while frozen: the client sees the connection drop
            }
            byte[] body = gossip.get();
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            LOG.error("gossip request failed", e);
            throw e;
        }
    }

    /** True for exactly {@code path} with {@code method}; otherwise answers 404 or 405 and is false. */
    private static boolean routed(HttpExchange exchange, String path, String method) throws IOException {
        if (!path.equals(exchange.getRequestURI().getPath())) {
            exchange.sendResponseHeaders(404, -1);
            return false;
        }
        if (!method.equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", method);
            exchange.sendResponseHeaders(405, -1);
            return false;
        }
        return true;
    }

    private void shutdown(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!routed(exchange, "/admin/shutdown", "POST")) {
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!ADMIN.equals(authorization)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"ES\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (!awaitThawed()) {
                return;
            }
            exchange.sendResponseHeaders(200, -1);
        }
        // Stopping closes this server, which waits for its exchanges: not from a handler's thread.
        Thread stopper = new Thread(shutdown, "extreme-testkit-shutdown");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Waits while frozen; false when the server closed meanwhile. */
    private boolean awaitThawed() {
        synchronized (gate) {
            while (frozen && !closed) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !closed;
        }
    }
}
