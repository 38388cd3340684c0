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
     * The node the client should be connected to now, by the latest gossip: the engine asks this
     * every {@link io.extreme.ClusterSettings#backgroundGossip()} while connected, and moves when the
     * answer is another node (a new master). Completes with {@code null} when there is nothing to
     * say; the default, for discoveries without gossip, always does.
     */
    default CompletableFuture<Endpoint> preferred() {
        return CompletableFuture.completedFuture(null);
    }

    /** Releases any resources (HTTP clients, timers). The default does nothing. */
    @Override
    default void close() {
    }
}
