package io.extreme.discovery;

import static io.extreme.discovery.ClusterDiscoveryTest.MASTER;
import static io.extreme.discovery.ClusterDiscoveryTest.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.NodePreference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeds whose host no URL can carry (a space, an IPv6 zone id): nothing is resolved, the seed
 * fails at once with the reason, and discovery goes on or fails; it never throws nor hangs.
 */
class BadHostDiscoveryTest {
    /** Far below the 10 s a hung round would be caught by, far above a round of failures on loopback. */
    private static final long DEADLINE_SECONDS = 5;

    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
    }

    @ParameterizedTest(name = "seed host ''{0}''")
    @ValueSource(strings = {"bad host", "fe80::1%eth0"})
    void aBadSeedIsSkippedForTheNextOne(String host) throws Exception {
        FakeGossipNode good = ClusterDiscoveryTest.masterOnly(node());
        ClusterDiscovery discovery = discovery(new Endpoint(host, 2113), good.http());

        assertThat(get(discovery.discover(null))).isEqualTo(MASTER);
        assertThat(good.requests).hasSize(1);
    }

    @ParameterizedTest(name = "seed host ''{0}''")
    @ValueSource(strings = {"bad host", "fe80::1%eth0"})
    void onlyABadSeedFailsTheDiscoveryNamingTheHostAndWhy(String host) {
        Endpoint bad = new Endpoint(host, 2113);
        CompletableFuture<Endpoint> discovered = discovery(bad).discover(null); // returns, does not throw

        assertThatThrownBy(() -> discovered.get(DEADLINE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ClusterNotFoundException.class)
                .hasMessageContaining(bad + ": not a valid host: '" + host + "'")
                .satisfies(e -> assertThat(((ClusterNotFoundException) e).failures()).hasSize(1));
    }

    @Test
    void aBadSeedAskedAfterAnotherFailedStillEndsTheRound() throws Exception {
        // The bad seed is asked from the callback of the first seed's failure, where a throw used to be lost.
        Endpoint down = FakeGossipNode.closedPort();
        Endpoint bad = new Endpoint("bad host", 2113);
        ClusterDiscovery discovery = discovery(down, bad);

        assertThatThrownBy(() -> discovery.discover(null).get(DEADLINE_SECONDS, TimeUnit.SECONDS))
                .cause().isInstanceOf(ClusterNotFoundException.class)
                .hasMessageContaining(down + ": cannot connect")
                .hasMessageContaining(bad + ": not a valid host");
        assertThat(discovery.preferred(MASTER).get(DEADLINE_SECONDS, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aMasterClientFallsBackWhenTheSeedAfterALeaderlessOneIsBad() throws Exception {
        FakeGossipNode restarted = node();
        restarted.answer(GossipJson.gossip(GossipJson.member("B", "PreReplica", true, "127.0.0.1", 1114,
                restarted.http().port())));
        ClusterDiscovery discovery = discovery(restarted.http(), new Endpoint("bad host", 2113));

        assertThat(discovery.discover(null).get(DEADLINE_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new Endpoint("127.0.0.1", 1114));
    }

    private FakeGossipNode node() {
        FakeGossipNode node = FakeGossipNode.start();
        closeAfter.add(node);
        return node;
    }

    private ClusterDiscovery discovery(Endpoint... seeds) {
        ExtremeSettings settings = ExtremeSettings.builder().gossipSeeds(seeds).gossipTimeout(Duration.ofMillis(500))
                .nodePreference(NodePreference.MASTER).build();
        ClusterDiscovery discovery = new ClusterDiscovery("cluster", GossipCandidates.seeds(settings.cluster().gossipSeeds()),
                settings, new Random(1));
        closeAfter.add(0, discovery);
        return discovery;
    }
}
