package io.extreme.spi;

import io.extreme.Endpoint;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the node to connect to: a fixed endpoint, or a cluster member chosen by gossip or DNS.
 *
 * <p>Threads: called on the engine's thread; must not block, so a lookup over the network
 * completes the future later, on a thread of its own.
 */
public interface Discovery extends AutoCloseable {
    /**
     * The endpoint to connect to next.
     *
     * @param failed the endpoint that just failed or refused us, or {@code null} on the first try
     */
    CompletableFuture<Endpoint> discover(Endpoint failed);

    /**
     * Where the client connected to {@code current} should move, by the latest gossip: the engine
     * asks this every {@link io.extreme.ClusterSettings#backgroundGossip()} while connected and
     * moves when the answer is another node. A discovery answers another node only when
     * {@code current} got worse (it is no longer usable, or a master-preferring client is no longer
     * on the master), never merely because another node ranks better: a client sent to the master
     * by a NotMaster answer must not be moved back to a follower. Completes with {@code null} (or
     * {@code current}) to stay; the default, for discoveries without gossip, always does.
     */
    default CompletableFuture<Endpoint> preferred(Endpoint current) {
        return CompletableFuture.completedFuture(null);
    }

    /** Releases any resources (HTTP clients, timers). The default does nothing. */
    @Override
    default void close() {
    }
}
