package io.extreme.cluster;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ResolvedEvent;
import io.extreme.StreamSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Checking what a cluster holds, with a client of its own that reads from the master. */
final class ClusterReads {
    private ClusterReads() {
    }

    /** Every event of {@code stream}, read from the master in pages. */
    static List<ResolvedEvent> readAll(ClusterUnderTest cluster, String stream) {
        try (ExtremeClient checker = Extreme.connect(cluster.client("checker").requireMaster(true).build())) {
            List<ResolvedEvent> all = new ArrayList<>();
            long next = 0;
            while (true) {
                StreamSlice slice = get(checker.readStreamForward(stream, next, 4096, false));
                all.addAll(slice.events());
                if (slice.endOfStream()) {
                    return all;
                }
                next = slice.nextEventNumber();
            }
        }
    }

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
