package io.extreme.testkit.cluster;

import io.extreme.testkit.engine.EventStoreEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is master in a {@link SimulatedCluster}, and every change of node state: kills, freezes,
 * restarts, and the timed steps of an election. One lock guards it all; the master is also kept
 * in a volatile field, because every request of every node asks for it without the lock.
 *
 * <p>Each election gets a term; a timed step of an older term (overtaken by a forced election,
 * say) does nothing when it fires.
 */
final class Elections {
    private static final Logger LOG = LoggerFactory.getLogger(Elections.class);
    private static final AtomicInteger TIMERS = new AtomicInteger();

    private final SimulatedCluster cluster;
    private final EventStoreEngine engine;
    private final Duration delay;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private volatile ClusterNode master;
    /** Guarded by {@link #lock}. */
    private long term;
    private boolean pending;
    private boolean closed;
    private MemberView.Epoch epoch = MemberView.Epoch.first();

    Elections(SimulatedCluster cluster, EventStoreEngine engine, Duration delay) {
        this.cluster = cluster;
        this.engine = engine;
        this.delay = delay;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "extreme-testkit-elections-" + TIMERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        timer = executor;
    }

    ClusterNode master() {
        return master;
    }

    /** Starts every node, node 0 as master; on failure stops those started and rethrows. */
    void startAll(List<ClusterNode> nodes, int protocol) {
        synchronized (lock) {
            try {
                for (ClusterNode node : nodes) {
                    node.launch(engine, protocol, node.index() == 0 ? NodeState.MASTER : NodeState.SLAVE);
                }
            } catch (RuntimeException e) {
                close(nodes);
                throw e;
            }
            setMaster(nodes.get(0));
        }
    }

    void kill(ClusterNode node) {
        long logEnd = LogEnd.of(engine);
        synchronized (lock) {
            if (closed || !node.running()) {
                return;
            }
            LOG.debug("killing {}", node);
            node.halt(logEnd, epoch);
            lost(node);
        }
    }

    /** Stops {@code node} as {@code POST /admin/shutdown} stops a real one; as {@link #kill} for the election. */
    void shutDown(ClusterNode node) {
        long logEnd = LogEnd.of(engine);
        synchronized (lock) {
            if (closed || !node.running()) {
                return;
            }
            LOG.debug("shutting down {}", node);
            node.shutDown(logEnd, epoch);
            lost(node);
        }
    }

    void freeze(ClusterNode node) {
        long logEnd = LogEnd.of(engine);
        synchronized (lock) {
            checkOpen();
            if (!node.running()) {
                throw new IllegalStateException("node " + node.index() + " is dead; restart it rather than freeze it");
            }
            if (!node.isFrozen()) {
                LOG.debug("freezing {}", node);
                node.freeze(logEnd, epoch);
                lost(node);
            }
        }
    }

    void unfreeze(ClusterNode node) {
        synchronized (lock) {
            checkOpen();
            if (node.isFrozen()) {
                boolean wasMaster = node.state() == NodeState.MASTER;
                node.thaw(NodeState.SLAVE);
                if (wasMaster) {
                    node.stopServingGroups(); // back, it learns it is master no more
                }
                LOG.debug("thawed {}", node);
                electIfLeaderless();
            }
        }
    }

    void restart(ClusterNode node, int protocol) {
        synchronized (lock) {
            checkOpen();
            if (node.running()) {
                throw new IllegalStateException("node " + node.index() + " is running; kill it before restarting it");
            }
            node.launch(engine, protocol, NodeState.CLONE);
            UUID run = node.instanceId();
            LOG.debug("restarted {}", node);
            schedule(() -> {
                // A Clone has caught up after a while and follows the master.
                if (run.equals(node.instanceId()) && node.isAlive() && node.state() == NodeState.CLONE) {
                    node.state(NodeState.SLAVE);
                }
            }, delay);
            electIfLeaderless();
        }
    }

    void force(ClusterNode node) {
        long logEnd = LogEnd.of(engine);
        synchronized (lock) {
            checkOpen();
            if (!node.isAlive()) {
                throw new IllegalStateException("node " + node.index() + " is " + (node.isFrozen() ? "frozen" : "dead")
                        + "; only a live node can become master");
            }
            term++;
            pending = false;
            elected(node, logEnd);
        }
    }

    /** Every member as gossip shows it now, in index order. */
    List<MemberView> views(List<ClusterNode> nodes, Instant now, long logEnd) {
        synchronized (lock) {
            List<MemberView> views = new ArrayList<>(nodes.size());
            for (ClusterNode node : nodes) {
                views.add(node.view(now, logEnd, epoch));
            }
            return views;
        }
    }

    ClusterNode awaitMaster(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (master == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("no master elected within " + timeout + ": " + cluster);
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return master;
        }
    }

    void close(List<ClusterNode> nodes) {
        long logEnd = LogEnd.of(engine);
        synchronized (lock) {
            closed = true;
            term++;
            for (ClusterNode node : nodes) {
                if (node.running()) {
                    node.halt(logEnd, epoch);
                }
            }
            lock.notifyAll();
        }
        timer.shutdownNow();
    }

    /** A node the others can no longer reach: without it as master, the cluster elects. */
    private void lost(ClusterNode node) {
        if (master == node) {
            master = null;
            startElection();
        }
    }

    private void electIfLeaderless() {
        if (master == null && !pending) {
            startElection();
        }
    }

    private void startElection() {
        long thisTerm = ++term;
        pending = true;
        LOG.debug("election {} starts", thisTerm);
        schedule(() -> {
            if (thisTerm == term) {
                // The survivors drop what they followed and look for a new master.
                for (ClusterNode node : cluster.nodes()) {
                    if (node.isAlive() && node.state() == NodeState.SLAVE) {
                        node.state(NodeState.PRE_REPLICA);
                    }
                }
            }
        }, delay.dividedBy(2));
        schedule(() -> {
            if (thisTerm == term) {
                pending = false;
                ClusterNode winner = candidate();
                if (winner != null) {
                    elected(winner, LogEnd.of(engine));
                } else {
                    LOG.debug("election {}: no live node to elect", thisTerm);
                }
            }
        }, delay);
    }

    /** The live node with the lowest index, a caught-up one before a Clone. */
    private ClusterNode candidate() {
        ClusterNode clone = null;
        for (ClusterNode node : cluster.nodes()) {
            if (node.isAlive()) {
                if (node.state() != NodeState.CLONE) {
                    return node;
                }
                clone = clone == null ? node : clone;
            }
        }
        return clone;
    }

    private void elected(ClusterNode winner, long logEnd) {
        ClusterNode steppingDown = null;
        for (ClusterNode node : cluster.nodes()) {
            if (node != winner && node.isAlive() && node.state() != NodeState.CLONE) {
                if (node.state() == NodeState.MASTER) {
                    steppingDown = node;
                }
                node.state(NodeState.SLAVE);
            }
        }
        winner.state(NodeState.MASTER);
        winner.startServingGroups();
        epoch = epoch.next(logEnd);
        setMaster(winner);
        LOG.debug("{} is master, epoch {}", winner, epoch.number());
        if (steppingDown != null) {
            // Dropped once it is a slave: a consumer that connects again at once is told NotMaster.
            steppingDown.stopServingGroups();
        }
    }

    private void setMaster(ClusterNode node) {
        master = node;
        lock.notifyAll();
    }

    /** Runs {@code step} under the lock after {@code after}, unless the cluster closed meanwhile. */
    private void schedule(Runnable step, Duration after) {
        timer.schedule(() -> {
            synchronized (lock) {
                if (!closed) {
                    step.run();
                }
            }
        }, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the simulated cluster is closed");
        }
    }
}
