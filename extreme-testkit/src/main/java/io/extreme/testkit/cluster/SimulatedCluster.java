package io.extreme.testkit.cluster;

import io.extreme.Endpoint;
import io.extreme.testkit.engine.EventStoreEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * An EventStore cluster in one JVM, for testing a client's discovery, NotMaster handling and
 * reconnects: 1 to 7 nodes, each a TCP server and a gossip HTTP endpoint on a loopback address
 * of its own (node i on 127.0.0.(i+1) where the system allows, else 127.0.0.1 and distinct
 * ports), all over ONE {@link EventStoreEngine}, so the log is replicated by construction. Node 0
 * starts as master, the others as slaves.
 *
 * <pre>{@code
 * try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).electionDelay(Duration.ofMillis(200)).start()) {
 *     ExtremeSettings settings = ... cluster.gossipSeeds() ...;
 *     cluster.kill(cluster.master().orElseThrow().index());   // a new master after 200 ms
 *     cluster.awaitMaster(Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>On the wire each node behaves as its role says (PROTOCOL.md §4.13): a slave answers
 * NotHandled(NotMaster) with the master's TCP and HTTP endpoints to writes, deletes,
 * transactions and reads with {@code require_master}, and to the persistent-subscription
 * commands, and serves the rest itself (a write without {@code require_master} is "forwarded":
 * it lands in the shared log). While there is no master every node answers NotHandled(NotReady)
 * to every write and to what needs a master. Volatile subscriptions work on every node.
 *
 * <p>Elections follow the shape measured on 4.1.4 (PROTOCOL.md §12), scaled to
 * {@link Builder#electionDelay}: when the master dies or freezes, gossip at once shows it with
 * {@code isAlive: false} and its last state; the survivors go PreReplica after half the delay;
 * after the whole delay the live node with the lowest index becomes Master and the others Slave.
 * The dead node stays in gossip. A restarted node comes back Clone and turns Slave after one
 * election delay. A node's {@code POST /admin/shutdown} (as admin) stops it as {@link #shutDown}
 * does, so tests written for a real cluster can stop the master the way they would there.
 *
 * <p>Persistent subscriptions live on the master, as on a real node
 * ({@code PersistentSubscriptionService}): a master that steps down (a forced election, a thaw)
 * or shuts down drops each consumer connected to it with SubscriptionDropped(Unsubscribed) and
 * keeps the connection; a killed master drops nothing, its connections just close.
 *
 * <p>Threads: safe from any thread. Timed transitions run on a daemon thread of the cluster's.
 */
public final class SimulatedCluster implements AutoCloseable {
    /** The most nodes a cluster may have. */
    public static final int MAX_NODES = 7;
    /** How many nodes {@link #builder()} starts unless told otherwise. */
    public static final int DEFAULT_NODES = 3;
    /** From a master's death to a new Master in gossip, as measured on 4.1.4 (about 1.1 s). */
    public static final Duration DEFAULT_ELECTION_DELAY = Duration.ofSeconds(1);

    private final EventStoreEngine engine = new EventStoreEngine();
    private final NamingEra era;
    private final Duration electionDelay;
    private final int protocol;
    private final List<ClusterNode> nodes = new ArrayList<>();
    private final Elections elections;

    private SimulatedCluster(Builder builder) {
        era = builder.era;
        electionDelay = builder.electionDelay;
        protocol = builder.protocol;
        elections = new Elections(this, engine, electionDelay);
        boolean ownAddresses = LoopbackAddresses.distinctAvailable();
        if (builder.sameGossipPort && !ownAddresses) {
            throw new IllegalStateException("sameGossipPort needs a loopback address per node (127.0.0.2 and up),"
                    + " and this system cannot bind 127.0.0.2");
        }
        int gossipPort = builder.sameGossipPort ? LoopbackAddresses.commonFreePort(builder.nodes) : 0;
        for (int i = 0; i < builder.nodes; i++) {
            nodes.add(new ClusterNode(this, i, ownAddresses ? LoopbackAddresses.forNode(i) : LoopbackAddresses.SHARED,
                    gossipPort));
        }
        elections.startAll(nodes, protocol);
    }

    /** Starts {@code nodes} nodes with the defaults: 4.x naming, protocol 4, a 1 s election delay. */
    public static SimulatedCluster start(int nodes) {
        return builder().nodes(nodes).start();
    }

    /** A builder for the number of nodes, the naming era, the election delay and the protocol. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Node {@code index}, from 0.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    public ClusterNode node(int index) {
        if (index < 0 || index >= nodes.size()) {
            throw new IllegalArgumentException("node index must be between 0 and " + (nodes.size() - 1)
                    + ", was " + index);
        }
        return nodes.get(index);
    }

    /** Every node, in index order. */
    public List<ClusterNode> nodes() {
        return List.copyOf(nodes);
    }

    /** The current master; empty while an election is going on. */
    public Optional<ClusterNode> master() {
        return Optional.ofNullable(currentMaster());
    }

    /**
     * Waits until the cluster has a master and returns it.
     *
     * @throws TimeoutException when none was elected within {@code timeout}
     */
    public ClusterNode awaitMaster(Duration timeout) throws TimeoutException, InterruptedException {
        return elections.awaitMaster(timeout);
    }

    /** The HTTP endpoints of all nodes, dead ones included, as a client's gossip seeds. */
    public List<Endpoint> gossipSeeds() {
        return nodes.stream().map(ClusterNode::gossipEndpoint).toList();
    }

    /**
     * Kills node {@code index}: its TCP and HTTP ports and every connection close. If it was
     * master, an election starts. Killing a dead node does nothing.
     */
    public void kill(int index) {
        elections.kill(node(index));
    }

    /**
     * Stops node {@code index} as {@code POST /admin/shutdown} stops a real node, where {@link #kill}
     * is a killed process: its persistent subscriptions stop first (each consumer connected to it
     * gets SubscriptionDropped(Unsubscribed) while its connection is still open), then its
     * connections close after what was queued for them, and its ports close. The election that
     * follows is the same as after a kill. Stopping a dead node does nothing.
     */
    public void shutDown(int index) {
        elections.shutDown(node(index));
    }

    /**
     * Freezes node {@code index}: its connections stay open but nothing is answered or pushed,
     * and its gossip requests hang. The other nodes see it dead and elect if it was master.
     * Freezing a frozen node does nothing.
     *
     * @throws IllegalStateException when the node is dead
     */
    public void freeze(int index) {
        elections.freeze(node(index));
    }

    /** Thaws a frozen node: it answers again, as Slave (Follower). Does nothing to a node not frozen. */
    public void unfreeze(int index) {
        elections.unfreeze(node(index));
    }

    /**
     * Restarts a killed node on its old address and ports, with a new instance id; it shows
     * Clone, then Slave. If the cluster has no master, an election follows.
     *
     * @throws IllegalStateException when the node is running
     * @throws java.io.UncheckedIOException when its old ports are taken
     */
    public void restart(int index) {
        elections.restart(node(index), protocol);
    }

    /**
     * Makes node {@code index} master now, without a gap; the old master becomes Slave.
     *
     * @throws IllegalStateException when the node is dead or frozen
     */
    public void forceElection(int index) {
        elections.force(node(index));
    }

    /** The one engine every node serves; tests may read from it directly. */
    public EventStoreEngine engine() {
        return engine;
    }

    public NamingEra namingEra() {
        return era;
    }

    public Duration electionDelay() {
        return electionDelay;
    }

    /** Stops every node and the election timer. Idempotent. */
    @Override
    public void close() {
        elections.close(nodes);
    }

    @Override
    public String toString() {
        return "SimulatedCluster" + nodes;
    }

    ClusterNode currentMaster() {
        return elections.master();
    }

    /** The gossip answer of {@code node}: every member as the cluster sees it now. */
    byte[] gossipFrom(ClusterNode node) {
        long logEnd = LogEnd.of(engine);
        Instant now = Instant.now();
        List<MemberView> members = elections.views(nodes, now, logEnd);
        return GossipJson.render(era, members, node.host(), node.httpPort());
    }

    /** Chooses a cluster's size, naming, election timing and protocol; {@link #start()} starts it. */
    public static final class Builder {
        private int nodes = DEFAULT_NODES;
        private NamingEra era = NamingEra.V4;
        private Duration electionDelay = DEFAULT_ELECTION_DELAY;
        private int protocol = 4;
        private boolean sameGossipPort;

        private Builder() {
        }

        /** How many nodes, 1 to 7; 3 by default. */
        public Builder nodes(int count) {
            if (count < 1 || count > MAX_NODES) {
                throw new IllegalArgumentException("nodes must be between 1 and " + MAX_NODES + ", was " + count);
            }
            nodes = count;
            return this;
        }

        /** The state and field names gossip uses; {@link NamingEra#V4} by default. */
        public Builder namingEra(NamingEra value) {
            if (value == null) {
                throw new IllegalArgumentException("namingEra must be V4 or V20, was null");
            }
            era = value;
            return this;
        }

        /** From a master's death to a new Master in gossip; more than 0, at most a minute; 1 s by default. */
        public Builder electionDelay(Duration value) {
            if (value == null || value.isNegative() || value.isZero() || value.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("electionDelay must be more than 0 and at most 1 minute, was "
                        + value);
            }
            electionDelay = value;
            return this;
        }

        /** The TCP protocol every node speaks, 3 (EventStore 3.9.3) or 4 (4.1.4, the default). */
        public Builder protocol(int version) {
            if (version != 3 && version != 4) {
                throw new IllegalArgumentException("protocol must be 3 or 4, was " + version);
            }
            protocol = version;
            return this;
        }

        /**
         * Every node serves gossip on the same port, each on its own loopback address, as the
         * nodes of a cluster found by DNS do (the client asks each address on one gossip port).
         * Starting fails with {@link IllegalStateException} where 127.0.0.2 cannot be bound.
         */
        public Builder sameGossipPort() {
            sameGossipPort = true;
            return this;
        }

        /** Starts every node; node 0 is master. */
        public SimulatedCluster start() {
            return new SimulatedCluster(this);
        }
    }
}
