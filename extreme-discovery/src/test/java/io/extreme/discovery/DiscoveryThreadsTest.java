package io.extreme.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.NodePreference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The discovery's pool is bounded: rounds beyond its threads wait their turn, and close ends them all. */
class DiscoveryThreadsTest {
    private static final int ROUNDS = 3 * ClusterDiscovery.MAX_THREADS;

    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
    }

    @Test
    void manyRoundsAtOnceUseNoMoreThanTheBoundOfThreadsAndAllAnswer() throws Exception {
        FakeGossipNode node = ClusterDiscoveryTest.masterOnly(FakeGossipNode.start().slow(Duration.ofMillis(100)));
        closeAfter.add(node);
        ClusterDiscovery discovery = discovery(node.http());
        List<CompletableFuture<Endpoint>> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(discovery.discover(null)); // far more at once than the engine ever asks: the bound is what is tested
        }

        for (CompletableFuture<Endpoint> round : rounds) {
            assertThat(round.get(30, TimeUnit.SECONDS)).isEqualTo(ClusterDiscoveryTest.MASTER);
        }
        assertThat(discovery.largestThreadCount()).isBetween(1, ClusterDiscovery.MAX_THREADS);
        assertThat(node.requests).hasSize(ROUNDS);
    }

    @Test
    void closeEndsTheThreadsOfRoundsUnderWay() throws Exception {
        FakeGossipNode node = ClusterDiscoveryTest.masterOnly(FakeGossipNode.start().slow(Duration.ofSeconds(5)));
        closeAfter.add(node);
        ClusterDiscovery discovery = discovery(node.http());
        CompletableFuture<Endpoint> round = discovery.discover(null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (node.requests.isEmpty()) { // a condition wait: the request reached the node
            assertThat(System.nanoTime() - deadline).as("the request to reach the node").isNegative();
            TimeUnit.MILLISECONDS.sleep(5);
        }

        discovery.close();

        assertThat(discovery.threadsEnded()).as("the discovery's threads ended within its close").isTrue();
        assertThat(round).isCompletedExceptionally();
    }

    private ClusterDiscovery discovery(Endpoint seed) {
        ExtremeSettings settings = ExtremeSettings.builder().gossipSeeds(seed).gossipTimeout(Duration.ofSeconds(10))
                .nodePreference(NodePreference.MASTER).build();
        ClusterDiscovery discovery = new ClusterDiscovery("bounded", GossipCandidates.seeds(settings.cluster().gossipSeeds()),
                settings, new Random(1));
        closeAfter.add(0, discovery);
        return discovery;
    }
}
