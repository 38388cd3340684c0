package io.extreme.testkit;

import io.extreme.Endpoint;
import io.extreme.testkit.engine.EventStoreEngine;
import io.extreme.testkit.inmemory.InMemoryRegistry;
import io.extreme.testkit.server.FaultInjector;
import io.extreme.testkit.server.HeartbeatSettings;
import io.extreme.testkit.server.SessionHost;
import io.extreme.testkit.server.TcpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * An EventStore in memory, reachable two ways over one {@link EventStoreEngine}: a TCP server
 * on a loopback port, for any client, and the {@code "in-memory"} transport
 * ({@link InMemoryTransportProvider}), for a client of the same JVM, both at {@link #endpoint()}.
 * Both speak protocol v4 and answer as EventStore 4.1.4 by default, or protocol v3 and answer as
 * EventStore 3.9.3 ({@link Builder#protocol(int)}). Users are {@code admin}/{@code changeit} and
 * {@code ops}/{@code changeit}.
 *
 * <pre>{@code
 * try (EmbeddedEventStore store = EmbeddedEventStore.start()) {
 *     ExtremeSettings settings = ExtremeSettings.builder().endpoint(store.endpoint()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Threads: safe from any thread. The server runs on daemon threads of its own until
 * {@link #close()}.
 */
public final class EmbeddedEventStore implements AutoCloseable {
    /** The loopback address the store listens on unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The protocol a store speaks unless told otherwise. */
    public static final int DEFAULT_PROTOCOL = 4;

    /** How long {@link #shutDown()} lets each connection write what was queued for it before it closes. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(1);

    private final EventStoreEngine engine;
    private final SessionHost host;
    private final TcpServer server;
    private final Endpoint endpoint;
    private final ServerFaults faults;
    private final StatsCollector stats;
    private final TestkitTls tls;
    private volatile boolean closed;

    private EmbeddedEventStore(EventStoreEngine engine, String host, int port, HeartbeatSettings heartbeat,
                               int protocol, FaultInjector.Role clusterRole, Duration statsPeriod, TestkitTls tls) {
        this.engine = engine;
        this.tls = tls;
        this.host = new SessionHost(engine, ProtocolCodecs.forVersion(protocol), heartbeat);
        // Before the port opens: a node's first client already meets its role.
        this.host.faults().role(clusterRole);
        this.faults = new ServerFaults(this.host.faults());
        try {
            this.server = new TcpServer(this.host, new InetSocketAddress(host, port), tls == null ? null : tls::newServerEngine);
        } catch (RuntimeException e) {
            this.host.close();
            throw e;
        }
        this.endpoint = new Endpoint(host, server.port());
        try {
            InMemoryRegistry.register(endpoint, this.host);
        } catch (RuntimeException e) {
            server.close();
            this.host.close();
            throw e;
        }
        this.stats = StatsCollector.start(engine, statsNode(host, server.port()), statsPeriod);
    }

    /**
     * The node's HTTP endpoint as its statistics stream names it: the testkit serves no HTTP, so
     * it is the TCP port plus 1000, as a real node's defaults are 1113 and 2113.
     */
    static String statsNode(String host, int tcpPort) {
        return host + ":" + (tcpPort + 1000);
    }

    /** Starts an empty store on 127.0.0.1 and a free port. */
    public static EmbeddedEventStore start() {
        return builder().start();
    }

    /** Starts an empty store on 127.0.0.1 and {@code port}; 0 picks a free port. */
    public static EmbeddedEventStore start(int port) {
        return builder().port(port).start();
    }

    /** Starts a store over {@code engine} (which may hold data already) on 127.0.0.1 and {@code port}. */
    public static EmbeddedEventStore start(EventStoreEngine engine, int port) {
        return builder().engine(engine).port(port).start();
    }

    /** A builder for the less common choices: the protocol, the address to bind, heartbeat timing. */
    public static Builder builder() {
        return new Builder();
    }

    /** The TLS of the TCP port (its {@link TestkitTls#certificatePem()} is what a client trusts), or {@code null}: plain TCP. */
    public TestkitTls tls() {
        return tls;
    }

    /** Where clients connect, over TCP or with the in-memory transport: {@code 127.0.0.1:<port>}. */
    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * The protocol version both ways in speak: 4 (EventStore 4.1.4) or 3 (EventStore 3.9.3, which
     * answers IdentifyClient with BadRequest, so clients that probe fall back to v3).
     */
    public int protocol() {
        return host.codec().version();
    }

    /** How many client connections, TCP and in-memory, are open now: a way for tests to see a client let go. */
    public int openConnections() {
        return host.openSessions();
    }

    /**
     * The faults this store makes on purpose (NotHandled answers, quiet subscriptions), on TCP
     * and in-memory connections alike; none until a test asks for them.
     */
    public ServerFaults faults() {
        return faults;
    }

    /** The engine behind both ways in; tests may inspect it or share it with another store. */
    public EventStoreEngine engine() {
        return engine;
    }

    /**
     * Stops serving persistent subscriptions, as a real node does when it starts shutting down or
     * stops being master: every consumer connected here gets SubscriptionDropped(Unsubscribed) and
     * leaves its group (what it held goes to the others), its connection stays open, and a
     * ConnectToPersistentSubscription gets no answer until {@link #startPersistentSubscriptions()}.
     */
    public void stopPersistentSubscriptions() {
        host.stopPersistentSubscriptions();
    }

    /** Serves persistent subscriptions again, as a node that becomes master does. */
    public void startPersistentSubscriptions() {
        host.startPersistentSubscriptions();
    }

    /**
     * Stops as a real node asked to shut down ({@code POST /admin/shutdown}) does, where
     * {@link #close()} is a killed process: persistent subscriptions stop first (their consumers
     * are dropped), every connection gets what was queued for it (for at most {@link #SHUTDOWN_GRACE}),
     * then all closes as {@link #close()} does. Idempotent.
     */
    public void shutDown() {
        if (closed) {
            return;
        }
        stopPersistentSubscriptions();
        host.shutDown(SHUTDOWN_GRACE);
        close();
    }

    /** Closes the port and every connection, TCP and in-memory. The engine keeps its data. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stats != null) {
            stats.close();
        }
        InMemoryRegistry.unregister(endpoint, host);
        server.close();
        host.close();
    }

    @Override
    public String toString() {
        return "EmbeddedEventStore[" + endpoint + ", protocol v" + protocol() + "]";
    }

    /** Chooses the engine, the protocol, the address and the heartbeat timing of an {@link EmbeddedEventStore}. */
    public static final class Builder {
        private EventStoreEngine engine;
        private int protocol = DEFAULT_PROTOCOL;
        private String host = LOOPBACK;
        private int port;
        private HeartbeatSettings heartbeat = HeartbeatSettings.EVENTSTORE;
        private FaultInjector.Role clusterRole;
        private Duration statsPeriod = Duration.ZERO;
        private TestkitTls tls;

        private Builder() {
        }

        /** Serves TLS on the TCP port, e.g. {@code tls(TestkitTls.selfSigned())}; {@code null}, the default, is plain TCP. */
        public Builder tls(TestkitTls value) {
            tls = value;
            return this;
        }

        /** The engine to serve; a new empty one by default. */
        public Builder engine(EventStoreEngine value) {
            engine = Objects.requireNonNull(value, "engine");
            return this;
        }

        /**
         * The protocol version to speak, 3 or 4 (4 by default), on TCP and
         * in-memory connections alike. Under 3 the store is an EventStore 3.9.3: 32-bit event
         * numbers, no IdentifyClient, and 3.9.3's answers where they differ from 4.1.4's (see
         * {@link io.extreme.testkit.engine.ServerGeneration}). Stores of both protocols may share
         * one engine.
         *
         * @throws IllegalArgumentException when {@code version} is neither 3 nor 4
         */
        public Builder protocol(int version) {
            if (version != 3 && version != 4) {
                throw new IllegalArgumentException("protocol must be 3 or 4, was " + version);
            }
            protocol = version;
            return this;
        }

        /** The IP address to listen on, a literal (nothing is resolved); 127.0.0.1 by default. */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The TCP port; 0, the default, picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + value);
            }
            port = value;
            return this;
        }

        /**
         * How long the server waits in silence before it sends a HeartbeatRequest, and then
         * before it closes; 2 s and 1 s by default, as a real EventStore.
         */
        public Builder heartbeat(Duration interval, Duration timeout) {
            heartbeat = new HeartbeatSettings(interval, timeout);
            return this;
        }

        /**
         * Makes the store one node of a simulated cluster: {@code role} says, request by request,
         * whether the node is master, a replica that answers NotMaster (PROTOCOL.md §4.13), waiting
         * for an election (NotReady), or frozen. Meant for {@code io.extreme.testkit.cluster.SimulatedCluster},
         * which is what tests use; the role's type lives in a package this module does not export.
         * {@code null}, the default, is a standalone store.
         */
        public Builder clusterRole(FaultInjector.Role role) {
            clusterRole = role;
            return this;
        }

        /**
         * Writes the node's statistics every {@code period}, the first a period after the start, as
         * a real node does every 30 s: a {@code $statsCollected} event in {@code
         * $stats-<ip>:<tcp port + 1000>}, so {@code $all} moves on by itself (PROTOCOL.md §12.1
         * #14). Off ({@link Duration#ZERO}) by default, so that what tests read stays theirs.
         *
         * @throws IllegalArgumentException when {@code period} is negative
         */
        public Builder statsPeriod(Duration period) {
            if (period.isNegative()) {
                throw new IllegalArgumentException("the stats period must not be negative, was " + period);
            }
            statsPeriod = period;
            return this;
        }

        /** The statistics period chosen so far; zero when off. */
        Duration statsPeriod() {
            return statsPeriod;
        }

        /** Starts the store. */
        public EmbeddedEventStore start() {
            return new EmbeddedEventStore(engine != null ? engine : new EventStoreEngine(), host, port, heartbeat,
                    protocol, clusterRole, statsPeriod, tls);
        }
    }
}
