package io.extreme.discovery;

import io.extreme.Endpoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where a cluster discovery asks for gossip when the members it remembers do not answer: the
 * configured seeds, or the addresses of the cluster's DNS name, looked up afresh each time.
 */
interface GossipCandidates {
    /**
     * The HTTP endpoints to ask, in order; the future fails with a {@link ClusterNotFoundException}
     * that says why when there are none.
     *
     * @param executor where to do blocking work (a DNS lookup); never the caller's thread
     */
    CompletableFuture<List<Endpoint>> endpoints(Executor executor);

    /** Fixed seeds, asked in the order given. */
    static GossipCandidates seeds(List<Endpoint> seeds) {
        List<Endpoint> copy = List.copyOf(seeds);
        return new GossipCandidates() {
            @Override
            public CompletableFuture<List<Endpoint>> endpoints(Executor executor) {
                return CompletableFuture.completedFuture(copy);
            }

            @Override
            public String toString() {
                return "gossip seeds " + copy;
            }
        };
    }

    /** The A records of a cluster DNS name, resolved on {@code executor} at every call. */
    static GossipCandidates dns(ClusterDns dns) {
        return new GossipCandidates() {
            @Override
            public CompletableFuture<List<Endpoint>> endpoints(Executor executor) {
                try {
                    return CompletableFuture.supplyAsync(dns::resolve, executor);
                } catch (RejectedExecutionException e) {
                    // The discovery is closing, or its bounded pool is full: this round fails, the next asks again.
                    return CompletableFuture.failedFuture(new ClusterNotFoundException(dns + ": not looked up, the"
                            + " discovery's threads are all taken or stopped"));
                }
            }

            @Override
            public String toString() {
                return dns.toString();
            }
        };
    }
}
