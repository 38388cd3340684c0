package io.extreme.discovery;

import static io.extreme.discovery.ClusterDiscoveryTest.MASTER;
import static io.extreme.discovery.ClusterDiscoveryTest.get;
import static io.extreme.discovery.GossipJson.gossip;
import static io.extreme.discovery.GossipJson.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.NodePreference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gossip that names usable members but no leader, as a node just restarted answers: a master
 * client asks on for one that knows the master, and takes the best usable member only when no
 * candidate does.
 */
class LeaderlessGossipTest {
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
    }

    @Test
    void aMasterClientAsksPastGossipWithoutALiveLeader() throws Exception {
        FakeGossipNode restarted = leaderless(node());
        FakeGossipNode knowing = ClusterDiscoveryTest.masterOnly(node());
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, restarted.http(), knowing.http());

        assertThat(get(discovery.discover(null))).isEqualTo(MASTER);
        assertThat(restarted.requests).hasSize(1);
        assertThat(knowing.requests).hasSize(1);
    }

    @Test
    void aMasterClientFallsBackOnTheBestUsableMemberWhenNoCandidateKnowsAMaster() throws Exception {
        FakeGossipNode restarted = leaderless(node());
        FakeGossipNode follower = node();
        follower.answer(gossip(
                member("D", "Slave", true, "127.0.0.1", 1116, follower.http().port()),
                member("E", "Initializing", true, "127.0.0.1", 1117, follower.http().port())));
        Endpoint down = FakeGossipNode.closedPort();
        ClusterDiscovery discovery = discovery(NodePreference.MASTER, restarted.http(), follower.http(), down);

        // The follower outranks the first answer's PreReplica and Clone, though it came second.
        assertThat(get(discovery.discover(null))).isEqualTo(new Endpoint("127.0.0.1", 1116));
        assertThat(restarted.requests).hasSize(1);
        assertThat(follower.requests).hasSize(1);
    }

    @Test
    void aFollowerClientTakesTheFirstUsableAnswerAsBefore() throws Exception {
        FakeGossipNode restarted = leaderless(node());
        FakeGossipNode knowing = ClusterDiscoveryTest.masterOnly(node());
        ClusterDiscovery discovery = discovery(NodePreference.FOLLOWER, restarted.http(), knowing.http());

        assertThat(get(discovery.discover(null))).isEqualTo(new Endpoint("127.0.0.1", 1115)); // Clone before PreReplica
        assertThat(knowing.requests).isEmpty();
    }

    @Test
    void onlyALiveWritableLeaderSettlesTheChoiceForAMasterClient() throws Exception {
        NodeRanking master = new NodeRanking(NodePreference.MASTER, new Random(1));
        NodeRanking follower = new NodeRanking(NodePreference.FOLLOWER, new Random(1));
        List<GossipMember> preLeader = members(member("J", "PreMaster", true, "127.0.0.1", 1113, 2113));
        List<GossipMember> deadLeader = members(member("A", "Master", false, "127.0.0.1", 1113, 2113));
        List<GossipMember> leader = members(member("A", "Leader", true, "127.0.0.1", 1113, 2113));

        assertThat(List.of(master.settles(preLeader), master.settles(deadLeader), master.settles(leader)))
                .containsExactly(false, false, true);
        assertThat(List.of(follower.settles(preLeader), follower.settles(deadLeader), follower.settles(leader)))
                .containsExactly(true, false, true);
        assertThat(master.answerRank(preLeader)).isGreaterThan(master.answerRank(leader));
        assertThat(NodeRanking.usable(master.answerRank(deadLeader))).isFalse();
    }

    /** Alive members that can serve but have no leader: a dead master, a PreReplica on 1114, a Clone on 1115. */
    private static FakeGossipNode leaderless(FakeGossipNode node) {
        int http = node.http().port();
        return node.answer(gossip(
                member("A", "Master", false, "127.0.0.1", 1113, http),
                member("B", "PreReplica", true, "127.0.0.1", 1114, http),
                member("C", "Clone", true, "127.0.0.1", 1115, http)));
    }

    private static List<GossipMember> members(String... members) throws Exception {
        return GossipClient.parse(gossip(members).getBytes(StandardCharsets.UTF_8)).members();
    }

    private FakeGossipNode node() {
        FakeGossipNode node = FakeGossipNode.start();
        closeAfter.add(node);
        return node;
    }

    private ClusterDiscovery discovery(NodePreference preference, Endpoint... seeds) {
        ExtremeSettings settings = ExtremeSettings.builder().gossipSeeds(seeds).gossipTimeout(Duration.ofMillis(500))
                .nodePreference(preference).build();
        ClusterDiscovery discovery = new ClusterDiscovery("cluster", GossipCandidates.seeds(settings.cluster().gossipSeeds()),
                settings, new Random(1));
        closeAfter.add(0, discovery);
        return discovery;
    }
}
