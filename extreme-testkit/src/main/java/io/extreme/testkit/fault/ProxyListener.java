package io.extreme.testkit.fault;

import io.extreme.Endpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accepting side of a {@link FaultProxy}: its socket on a free loopback port, the thread
 * that accepts on it, and the connections it proxies with their pump threads. Each client gets
 * one upstream connection of its own; while the switches refuse, or when the upstream cannot be
 * reached, the client is reset at once, so the port stays the proxy's.
 *
 * <p>Threads: one platform daemon thread, {@code <name>-accept}, accepts clients until
 * {@link #stopAccepting}; every method is safe from any thread.
 */
final class ProxyListener {
    /** The proxy's own logger: what it logs is the proxy's story. */
    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Endpoint upstream;
    private final FaultSwitches switches;
    private final ServerSocket socket;
    private final Endpoint endpoint;
    private final String name;
    private final Thread acceptor;
    private final Set<ProxiedConnection> connections = ConcurrentHashMap.newKeySet();
    /** The connections' pump threads, pruned of ended ones at each new connection: what {@link #closeAll} waits for. */
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger connectionNumber = new AtomicInteger();
    private volatile boolean stopped;

    /** Listens on 127.0.0.1 and a free port for clients to proxy to {@code upstream}; accepting starts with {@link #start}. */
    ProxyListener(Endpoint upstream, FaultSwitches switches) throws IOException {
        this.upstream = upstream;
        this.switches = switches;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        this.endpoint = new Endpoint(LOOPBACK, socket.getLocalPort());
        this.name = "extreme-fault-proxy-" + endpoint.port();
        this.acceptor = ProxyThreads.daemon(this::acceptConnections, name + "-accept");
    }

    void start() {
        acceptor.start();
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** The prefix of every thread of this proxy. */
    String name() {
        return name;
    }

    /** Resets every open connection now; returns how many this call closed. */
    int cutAll() {
        int closedNow = 0;
        for (ProxiedConnection connection : connections) {
            closedNow += connection.cutAbruptly() ? 1 : 0;
        }
        return closedNow;
    }

    /** Writes {@code bytes} to every open client, between two of the server's frames. */
    void injectToClients(byte[] bytes) {
        for (ProxiedConnection connection : connections) {
            connection.injectToClient(bytes);
        }
    }

    int openConnections() {
        return (int) connections.stream().filter(connection -> !connection.isClosed()).count();
    }

    int accepted() {
        return accepted.get();
    }

    int refused() {
        return refused.get();
    }

    /** Closes the listening socket: no client is accepted any more. */
    void stopAccepting() {
        stopped = true;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("[{}] closing the listener failed", endpoint, e);
        }
    }

    /**
     * After {@link #stopAccepting}: waits for the accepting thread, resets every connection and
     * waits for every thread, each wait up to {@code deadline}; returns the names of threads still
     * running.
     */
    List<String> closeAll(Duration deadline) {
        List<Thread> running = new ArrayList<>(List.of(acceptor));
        ProxyThreads.join(running, deadline);
        connections.forEach(ProxiedConnection::cutAbruptly);
        running.addAll(threads);
        return ProxyThreads.join(running, deadline);
    }

    private void acceptConnections() {
        while (!stopped) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (!stopped) {
                    LOG.warn("[{}] stopped accepting connections", endpoint, e);
                }
                return;
            }
            if (switches.refusing()) {
                refused.incrementAndGet();
                ProxiedConnection.reset(client);
                continue;
            }
            proxy(client);
        }
    }

    private void proxy(Socket client) {
        String threadName = name + "-" + connectionNumber.incrementAndGet();
        try {
            ProxiedConnection connection = ProxiedConnection.open(client, upstream, switches, threadName, connections::remove);
            connections.add(connection);
            threads.removeIf(thread -> !thread.isAlive());
            threads.addAll(connection.threads());
            accepted.incrementAndGet();
            connection.start();
            LOG.debug("[{}] proxying {} to {}", endpoint, client.getRemoteSocketAddress(), upstream);
        } catch (IOException e) {
            LOG.debug("[{}] cannot reach {} for a client: {}", endpoint, upstream, e.toString());
            refused.incrementAndGet();
            ProxiedConnection.reset(client);
        }
    }
}
