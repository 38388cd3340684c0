package io.extreme.cluster;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.contract.StreamReads;
import io.extreme.event.ResolvedEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Checking what a cluster holds, with a client of its own that reads from the master. */
final class ClusterReads {
    private ClusterReads() {
    }

    /** Every event of {@code stream}, read from the master in pages. */
    static List<ResolvedEvent> readAll(ClusterUnderTest cluster, String stream) {
        try (ExtremeClient checker = Extreme.connect(cluster.client("checker").requireMaster(true).build())) {
            return StreamReads.readAll(checker, stream);
        }
    }

    static <T> T get(CompletableFuture<T> future) {
        return StreamReads.get(future);
    }
}
