package io.extreme.discovery;

import static io.extreme.discovery.GossipJson.gossip;
import static io.extreme.discovery.GossipJson.member;
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

class ClusterDiscoveryTest {
    static final Duration TIMEOUT = Duration.ofMillis(500);
    static final Endpoint MASTER = new Endpoint("127.0.0.1", 1113);

    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
    }

    @Test
    void asksTheNextSeedWhenTheFirstIsDown() throws Exception {
        FakeGossipNode node = masterOnly(node());
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, 1, FakeGossipNode.closedPort(), node.http());

        assertThat(get(discovery.discover(null))).isEqualTo(MASTER);
        assertThat(node.requests).containsExactly("/gossip?format=json application/json");
    }

    @Test
    void movesOnFromASlowSeedWithinAboutTheTimeout() throws Exception {
        FakeGossipNode slow = node().slow(TIMEOUT.multipliedBy(2));
        slow.answer(gossip(member("S", "Master", true, "127.0.0.1", 9999, slow.http().port())));
        FakeGossipNode fast = masterOnly(node());
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, 1, slow.http(), fast.http());

        long start = System.nanoTime();
        assertThat(get(discovery.discover(null))).isEqualTo(MASTER);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(50)).isLessThan(TIMEOUT.multipliedBy(2));
    }

    @ParameterizedTest(name = "first seed answers {0}")
    @ValueSource(strings = {"garbage", "HTTP 500", "no members", "only dead members"})
    void asksTheNextSeedWhenTheFirstAnswersNoUsableGossip(String answer) throws Exception {
        FakeGossipNode bad = node();
        switch (answer) {
            case "garbage" -> bad.answer("<html>Service Unavailable</html>");
            case "HTTP 500" -> bad.fail(500, "{\"members\":[]}");
            case "no members" -> bad.answer(gossip());
            default -> bad.answer(gossip(member("D", "Master", false, "127.0.0.1", 9999, bad.http().port())));
        }
        FakeGossipNode good = masterOnly(node());
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, 1, bad.http(), good.http());

        assertThat(get(discovery.discover(null))).isEqualTo(MASTER);
        assertThat(bad.requests).hasSize(1);
    }

    @Test
    void failsNamingEveryCandidateAndWhyWhenNoneAnswers() throws Exception {
        Endpoint down = FakeGossipNode.closedPort();
        FakeGossipNode broken = node().fail(500, "oops");
        FakeGossipNode garbage = node().answer("not json");
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, 1, down, broken.http(), garbage.http());

        assertThatThrownBy(() -> get(discovery.discover(null)))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ClusterNotFoundException.class)
                .hasMessageContaining(down + ": cannot connect")
                .hasMessageContaining(broken.http() + ": HTTP 500")
                .hasMessageContaining(garbage.http() + ": not gossip JSON")
                .satisfies(e -> assertThat(((ClusterNotFoundException) e).failures()).hasSize(3));
    }

    @Test
    void rediscoveryAsksTheRememberedMembersFirstButNotTheOneThatFailed() throws Exception {
        FakeGossipNode first = node();
        FakeGossipNode second = node();
        FakeGossipNode seed = node().answer(gossip(
                member("A", "Master", true, "127.0.0.1", 1113, first.http().port()),
                member("B", "Slave", true, "127.0.0.1", 1114, second.http().port())));
        String afterElection = gossip(
                member("A", "Master", false, "127.0.0.1", 1113, first.http().port()),
                member("B", "Master", true, "127.0.0.1", 1114, second.http().port()));
        first.answer(afterElection);
        second.answer(afterElection);
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, 1, seed.http());

        assertThat(get(discovery.discover(null))).isEqualTo(MASTER);
        assertThat(get(discovery.discover(MASTER))).isEqualTo(new Endpoint("127.0.0.1", 1114));
        assertThat(seed.requests).hasSize(1);
        assertThat(first.requests).isEmpty();
        assertThat(second.requests).hasSize(1);
    }

    @Test
    void avoidsTheFailedNodeWhenAnEqualOneExists() throws Exception {
        FakeGossipNode seed = threeNodes(node());
        for (int seedOfRandom = 0; seedOfRandom < 10; seedOfRandom++) {
            ClusterDiscovery discovery = discovery(NodePreference.FOLLOWER, seedOfRandom, seed.http());
            assertThat(get(discovery.discover(new Endpoint("127.0.0.1", 1114)))).isEqualTo(new Endpoint("127.0.0.1", 1115));
        }
    }

    @Test
    void preferredMovesAMasterClientToTheMasterKeepsAServingNodeAndIsNullWhenNothingAnswers() throws Exception {
        FakeGossipNode seed = threeNodes(node());
        Endpoint follower = new Endpoint("127.0.0.1", 1114);
        assertThat(get(discovery(NodePreference.MASTER, 1, seed.http()).preferred(follower))).isEqualTo(MASTER);

        ClusterDiscovery followers = discovery(NodePreference.FOLLOWER, 1, seed.http());
        Endpoint chosen = get(followers.discover(null));
        assertThat(chosen.port()).isIn(1114, 1115);
        for (int round = 0; round < 5; round++) {
            assertThat(get(followers.preferred(chosen))).isEqualTo(chosen);
        }
        // A follower client that NotMaster answers sent to the master stays there.
        assertThat(get(followers.preferred(MASTER))).isEqualTo(MASTER);
        // A node gossip does not know (gone) is left for the best.
        assertThat(get(followers.preferred(new Endpoint("127.0.0.1", 1199))).port()).isIn(1114, 1115);

        seed.close();
        assertThat(get(discovery(NodePreference.MASTER, 1, seed.http()).preferred(follower))).isNull();
    }

    @Test
    void aClosedDiscoveryRefusesToDiscover() throws Exception {
        FakeGossipNode seed = masterOnly(node());
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, 1, seed.http());
        discovery.close();

        assertThatThrownBy(() -> get(discovery.discover(null))).cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(get(discovery.preferred(MASTER))).isNull();
    }

    /** One alive master at {@link #MASTER}, whose gossip is served by {@code node} itself. */
    static FakeGossipNode masterOnly(FakeGossipNode node) {
        return node.answer(gossip(member("A", "Master", true, "127.0.0.1", 1113, node.http().port())));
    }

    /** A master on 1113 and followers on 1114 and 1115, all gossiping through {@code node}. */
    private static FakeGossipNode threeNodes(FakeGossipNode node) {
        int http = node.http().port();
        return node.answer(gossip(
                member("A", "Master", true, "127.0.0.1", 1113, http),
                member("B", "Slave", true, "127.0.0.1", 1114, http),
                member("C", "Slave", true, "127.0.0.1", 1115, http)));
    }

    private FakeGossipNode node() {
        FakeGossipNode node = FakeGossipNode.start();
        closeAfter.add(node);
        return node;
    }

    private ClusterDiscovery discovery(NodePreference preference, long seed, Endpoint... seeds) {
        ExtremeSettings settings = ExtremeSettings.builder().gossipSeeds(seeds).gossipTimeout(TIMEOUT)
                .nodePreference(preference).build();
        ClusterDiscovery discovery = new ClusterDiscovery("cluster", GossipCandidates.seeds(settings.cluster().gossipSeeds()),
                settings, new Random(seed));
        closeAfter.add(0, discovery); // before the nodes: nothing left asking them
        return discovery;
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }
}
