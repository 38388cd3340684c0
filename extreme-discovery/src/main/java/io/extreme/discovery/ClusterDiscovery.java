package io.extreme.discovery;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.spi.Discovery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
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
 * completes the future); HTTP calls and DNS lookups run on a pool of daemon threads this
 * discovery owns and shuts down in {@link #close()}.
 */
final class ClusterDiscovery implements Discovery {
    private static final Logger log = LoggerFactory.getLogger(ClusterDiscovery.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String name;
    private final GossipCandidates candidates;
    private final NodeRanking ranking;
    private final Random random;
    private final ExecutorService executor;
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
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "extreme-discovery-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.client = new GossipClient(settings.cluster().gossipTimeout(), settings.connectTimeout(), executor);
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

    /** Cancels gossip in flight and stops this discovery's threads; later calls fail. */
    @Override
    public void close() {
        closed = true;
        client.close();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "ClusterDiscovery[" + name + ", " + candidates + ", " + ranking + "]";
    }
}
