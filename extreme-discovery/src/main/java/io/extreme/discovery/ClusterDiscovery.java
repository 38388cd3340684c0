package io.extreme.discovery;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.spi.Discovery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers a cluster member by gossip: asks the members the last good gossip named, then the
 * seeds or the DNS addresses, and ranks the first answer that settles the choice by the settings'
 * {@link io.extreme.NodePreference} (for MASTER: the first that names a live leader; when none
 * does, the best usable answer of the round).
 *
 * <p>Threads: {@link #discover} and {@link #preferred} return at once and never throw (a failure
 * completes the future); HTTP calls and DNS lookups run on a bounded pool of daemon threads
 * this discovery owns ({@code extreme-discovery-N}, at most {@link #MAX_THREADS}), started on
 * demand, ended when idle and by {@link #close()}.
 */
final class ClusterDiscovery implements Discovery {
    private static final Logger log = LoggerFactory.getLogger(ClusterDiscovery.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /**
     * The discovery's threads: HTTP gossip calls and DNS lookups of the cluster name. At most two
     * rounds run at once (the reconnect loop's {@link #discover} and background gossip's
     * {@link #preferred}, each one at a time), and a round asks one node at a time after one DNS
     * lookup, so four threads serve every call without waiting; okhttp is held to as many calls.
     */
    static final int MAX_THREADS = 4;
    /** Tasks that may wait for a thread; past this a DNS lookup or a gossip call fails at once, and so does its round. */
    static final int QUEUE = 8;
    private static final long IDLE_SECONDS = 10;
    /** How long {@link #close()} waits for a thread still in a lookup (neither DNS nor a socket connect can be interrupted). */
    private static final long CLOSE_WAIT_MILLIS = 1_000;

    private final String name;
    private final GossipCandidates candidates;
    private final NodeRanking ranking;
    private final Random random;
    private final ThreadPoolExecutor executor;
    private final GossipClient client;
    private volatile boolean closed;
    /** The members of the last good gossip: asked first next time. */
    private volatile List<GossipMember> remembered = List.of();
    /** The endpoint {@link #discover} last chose, kept by {@link #preferred} while still ranked best. */
    private volatile Endpoint chosen;

    ClusterDiscovery(String name, GossipCandidates candidates, ExtremeSettings settings) {
        this(name, candidates, settings, new Random());
    }

    /** As above, with the random source for every choice among equals: seeded in tests. */
    ClusterDiscovery(String name, GossipCandidates candidates, ExtremeSettings settings, Random random) {
        this.name = Objects.requireNonNull(name, "name");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.random = Objects.requireNonNull(random, "random");
        this.ranking = new NodeRanking(settings.cluster().nodePreference(), random);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "extreme-discovery-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true); // a client that found its node keeps no discovery thread
        this.executor = pool;
        this.client = new GossipClient(settings.cluster().gossipTimeout(), settings.connectTimeout(), executor, MAX_THREADS);
    }

    @Override
    public CompletableFuture<Endpoint> discover(Endpoint failed) {
        return round(failed).thenApply(gossip -> {
            Endpoint best = ranking.best(gossip.members(), failed);
            Endpoint before = chosen;
            chosen = best;
            if (!best.equals(before)) {
                log.info("[{}] chose {} (node preference {}){}", name, best, ranking.preference(),
                        failed == null ? "" : " after " + failed + " failed");
            }
            return best;
        });
    }

    @Override
    public CompletableFuture<Endpoint> preferred(Endpoint current) {
        return round(null).handle((gossip, error) -> {
            if (error != null) {
                log.debug("[{}] no gossip for the preferred node: {}", name, error.getMessage());
                return null;
            }
            return ranking.moveFrom(gossip.members(), current);
        });
    }

    /** A gossip round; never throws, since the engine's caller would lose the exception and its task. */
    private CompletableFuture<Gossip> round(Endpoint failed) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("The " + name + " discovery is closed."));
        }
        try {
            return GossipRound.run(name, client, executor, () -> closed, rememberedHttp(failed), candidates, ranking)
                    .thenApply(gossip -> {
                        remembered = gossip.members();
                        return gossip;
                    });
        } catch (RuntimeException e) {
            log.warn("[{}] gossip round could not start", name, e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Where to ask the remembered members: alive ones first, then dead ones, then managers (they
     * gossip too, but know less), each group shuffled; never the member whose TCP endpoint failed.
     */
    private List<Endpoint> rememberedHttp(Endpoint failed) {
        List<List<Endpoint>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (GossipMember member : remembered) {
            Endpoint http = member.httpEndpoint();
            if (http == null || (failed != null && failed.equals(member.tcpEndpoint()))) {
                continue;
            }
            int group = member.state() == NodeState.MANAGER ? 2 : member.alive() ? 0 : 1;
            groups.get(group).add(http);
        }
        List<Endpoint> ordered = new ArrayList<>();
        for (List<Endpoint> group : groups) {
            synchronized (random) {
                Collections.shuffle(group, random);
            }
            ordered.addAll(group);
        }
        return ordered;
    }

    /**
     * Cancels gossip in flight and stops this discovery's threads, waiting up to
     * {@value #CLOSE_WAIT_MILLIS} ms for them; later calls fail.
     */
    @Override
    public void close() {
        closed = true;
        client.close();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                log.debug("[{}] a discovery thread is still in a lookup; it ends when that returns", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The most threads this discovery ever had at once. */
    int largestThreadCount() {
        return executor.getLargestPoolSize();
    }

    /** Whether every thread of this discovery has ended (after {@link #close()}). */
    boolean threadsEnded() {
        return executor.isTerminated();
    }

    @Override
    public String toString() {
        return "ClusterDiscovery[" + name + ", " + candidates + ", " + ranking + "]";
    }
}
