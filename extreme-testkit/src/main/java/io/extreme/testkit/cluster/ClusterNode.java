package io.extreme.testkit.cluster;

import io.extreme.Endpoint;
import io.extreme.spi.message.MasterInfo;
import io.extreme.spi.message.NotHandledReason;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.engine.EventStoreEngine;
import io.extreme.testkit.server.FaultInjector;
import io.extreme.testkit.server.FaultInjector.Standing;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node of a {@link SimulatedCluster}: its TCP endpoint (an {@link EmbeddedEventStore} over
 * the cluster's one engine), its gossip endpoint, and its state as the cluster's gossip shows
 * it. A node keeps its address and ports across {@link SimulatedCluster#restart restarts}, as a
 * real node's configuration does, and gets a new instance id each time.
 *
 * <p>Threads: safe from any thread; the cluster changes a node under its own lock, the getters
 * read volatile fields and may see a change a moment late.
 */
public final class ClusterNode {
    private final SimulatedCluster cluster;
    private final int index;
    private final String host;
    private final AtomicInteger notMasterAnswers = new AtomicInteger();
    private final AtomicInteger notReadyAnswers = new AtomicInteger();
    private final AtomicInteger gossipAnswers = new AtomicInteger();
    private final FaultInjector.Role role = new NodeRole();
    private volatile int tcpPort;
    private volatile int httpPort;
    /** What replicas answer while this node is master. */
    private volatile Standing replicaStanding;
    private volatile UUID instanceId;
    private volatile NodeState state;
    private volatile boolean running;
    private volatile boolean frozen;
    /** When the others last saw it alive, and what it had then; shown while it is dead or frozen. */
    private volatile Instant lastSeen;
    private volatile long lastWriterCheckpoint;
    private volatile MemberView.Epoch lastEpoch;
    /** Guarded by the cluster's lock. */
    private EmbeddedEventStore store;
    private GossipServer gossip;

    /** @param httpPort the gossip port to serve on, or 0 for a free one */
    ClusterNode(SimulatedCluster cluster, int index, String host, int httpPort) {
        this.cluster = cluster;
        this.index = index;
        this.host = host;
        this.httpPort = httpPort;
    }

    /** The node's number in the cluster, from 0. */
    public int index() {
        return index;
    }

    /** Where clients connect over TCP (the external TCP endpoint of gossip). */
    public Endpoint tcpEndpoint() {
        return new Endpoint(host, tcpPort);
    }

    /** Where {@code GET /gossip} is answered (the external HTTP endpoint of gossip); a gossip seed. */
    public Endpoint gossipEndpoint() {
        return new Endpoint(host, httpPort);
    }

    /** The node's state as gossip shows it; a dead or frozen node keeps its last one. */
    public NodeState state() {
        return state;
    }

    /** False once the node is killed or frozen, as the other nodes' gossip shows it. */
    public boolean isAlive() {
        return running && !frozen;
    }

    /** True while the node is frozen: running, but answering nothing. */
    public boolean isFrozen() {
        return frozen;
    }

    /** The instance id of the node's current (or last) run; a restart makes a new one. */
    public UUID instanceId() {
        return instanceId;
    }

    /** How many NotHandled(NotMaster) answers the node gave, over all its runs. */
    public int notMasterAnswers() {
        return notMasterAnswers.get();
    }

    /** How many NotHandled(NotReady) answers the node gave, over all its runs. */
    public int notReadyAnswers() {
        return notReadyAnswers.get();
    }

    /** How many gossip requests this node has answered, over all its runs: to wait for a client's gossip rounds. */
    public int gossipAnswers() {
        return gossipAnswers.get();
    }

    @Override
    public String toString() {
        return "ClusterNode[" + index + ", tcp " + tcpEndpoint() + ", gossip " + gossipEndpoint() + ", " + state
                + (frozen ? ", frozen" : running ? "" : ", dead") + "]";
    }

    /** Starts a run: a new instance id, the TCP server and the gossip endpoint, on the ports of earlier runs. */
    void launch(EventStoreEngine engine, int protocol, NodeState initial) {
        EmbeddedEventStore started = EmbeddedEventStore.builder().engine(engine).protocol(protocol).host(host)
                .port(tcpPort).clusterRole(role).start();
        GossipServer http;
        try {
            http = new GossipServer(new InetSocketAddress(host, httpPort), () -> {
                gossipAnswers.incrementAndGet();
                return cluster.gossipFrom(this);
            },
                    () -> cluster.shutDown(index));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        store = started;
        gossip = http;
        tcpPort = started.endpoint().port();
        httpPort = http.port();
        replicaStanding = Standing.replicaOf(new MasterInfo(host, tcpPort, host, httpPort, null, null));
        instanceId = UUID.randomUUID();
        state = initial;
        frozen = false;
        running = true;
    }

    /** Ends the run: every connection and both ports close; the node keeps its last state. */
    void halt(long writerCheckpoint, MemberView.Epoch epoch) {
        seen(writerCheckpoint, epoch);
        running = false;
        frozen = false;
        gossip.close();
        store.close();
    }

    /** Ends the run as a node asked to shut down: its persistent consumers are dropped before its connections close. */
    void shutDown(long writerCheckpoint, MemberView.Epoch epoch) {
        seen(writerCheckpoint, epoch);
        running = false;
        frozen = false;
        gossip.close();
        store.shutDown();
    }

    /** The node stopped being master: it drops its persistent consumers and serves no group (a real node's state change). */
    void stopServingGroups() {
        store.stopPersistentSubscriptions();
    }

    /** The node became master: it serves persistent subscriptions. */
    void startServingGroups() {
        store.startPersistentSubscriptions();
    }

    void freeze(long writerCheckpoint, MemberView.Epoch epoch) {
        seen(writerCheckpoint, epoch);
        frozen = true;
        gossip.frozen(true);
    }

    void thaw(NodeState newState) {
        state = newState;
        frozen = false;
        gossip.frozen(false);
    }

    void state(NodeState value) {
        state = value;
    }

    /** True while a run is going, frozen or not. */
    boolean running() {
        return running;
    }

    String host() {
        return host;
    }

    int httpPort() {
        return httpPort;
    }

    /** This member as gossip shows it now. */
    MemberView view(Instant now, long writerCheckpoint, MemberView.Epoch epoch) {
        boolean alive = isAlive();
        return new MemberView(instanceId, alive ? now : lastSeen, state, alive, host, tcpPort, httpPort,
                alive ? writerCheckpoint : lastWriterCheckpoint, alive ? epoch : lastEpoch);
    }

    private void seen(long writerCheckpoint, MemberView.Epoch epoch) {
        lastSeen = Instant.now();
        lastWriterCheckpoint = writerCheckpoint;
        lastEpoch = epoch;
    }

    /** What the node's sessions ask, request by request: lock-free, it runs on their threads. */
    private final class NodeRole implements FaultInjector.Role {
        @Override
        public Standing standing() {
            ClusterNode master = cluster.currentMaster();
            if (master == ClusterNode.this) {
                return Standing.MASTER;
            }
            return master == null ? Standing.ELECTING : master.replicaStanding;
        }

        @Override
        public boolean frozen() {
            return frozen;
        }

        @Override
        public void refused(NotHandledReason reason) {
            if (reason == NotHandledReason.NOT_MASTER) {
                notMasterAnswers.incrementAndGet();
            } else if (reason == NotHandledReason.NOT_READY) {
                notReadyAnswers.incrementAndGet();
            }
        }
    }
}
