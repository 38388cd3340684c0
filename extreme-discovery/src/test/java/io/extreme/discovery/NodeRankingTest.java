package io.extreme.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.NodePreference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeRankingTest {
    /** v3–v5 names, the fields a 4.1.4 node serves, plus one field no server sends. */
    static final String V5 = """
            {"members":[
             {"instanceId":"A","state":"Master","isAlive":true,"externalTcpIp":"10.0.0.1","externalTcpPort":1113,"externalSecureTcpPort":0,"externalHttpIp":"10.0.0.1","externalHttpPort":2113,"internalTcpIp":"10.0.0.1","internalTcpPort":1112,"nodePriority":0,"epochId":"x","someFutureField":{"a":1}},
             {"instanceId":"B","state":"Slave","isAlive":true,"externalTcpIp":"10.0.0.2","externalTcpPort":1113,"externalSecureTcpPort":0,"externalHttpIp":"10.0.0.2","externalHttpPort":2113},
             {"instanceId":"C","state":"Slave","isAlive":true,"externalTcpIp":"10.0.0.3","externalTcpPort":1113,"externalSecureTcpPort":0,"externalHttpIp":"10.0.0.3","externalHttpPort":2113},
             {"instanceId":"D","state":"Master","isAlive":false,"externalTcpIp":"10.0.0.4","externalTcpPort":1113,"externalHttpIp":"10.0.0.4","externalHttpPort":2113},
             {"instanceId":"E","state":"Manager","isAlive":true,"externalTcpIp":"10.0.0.5","externalTcpPort":1113,"externalHttpIp":"10.0.0.5","externalHttpPort":30778},
             {"instanceId":"F","state":"ShuttingDown","isAlive":true,"externalTcpIp":"10.0.0.6","externalTcpPort":1113},
             {"instanceId":"G","state":"Shutdown","isAlive":true,"externalTcpIp":"10.0.0.7","externalTcpPort":1113},
             {"instanceId":"H","state":"Clone","isAlive":true,"externalTcpIp":"10.0.0.8","externalTcpPort":1113},
             {"instanceId":"I","state":"Frobnicating","isAlive":true,"externalTcpIp":"10.0.0.9","externalTcpPort":1113},
             {"instanceId":"J","state":"PreMaster","isAlive":true,"externalTcpIp":"10.0.0.10","externalTcpPort":1113},
             {"instanceId":"K","state":"CatchingUp","isAlive":true,"externalTcpIp":"10.0.0.11","externalTcpPort":1113},
             {"instanceId":"Z","state":"Initializing","isAlive":true,"externalTcpIp":"10.0.0.12","externalTcpPort":1113}
            ],"serverIp":"10.0.0.1","serverPort":2112}""";

    /** 20.x names and fields, with TLS: the plain TCP port is 0 and the secure one is given. */
    static final String V20 = """
            {"members":[
             {"instanceId":"L","state":"Leader","isAlive":true,"externalTcpIp":"10.1.0.1","externalTcpPort":0,"externalSecureTcpPort":1113,"httpEndPointIp":"10.1.0.1","httpEndPointPort":2113,"isReadOnlyReplica":false},
             {"instanceId":"M","state":"Follower","isAlive":true,"externalTcpIp":"10.1.0.2","externalTcpPort":0,"externalSecureTcpPort":1113,"httpEndPointIp":"10.1.0.2","httpEndPointPort":2113,"isReadOnlyReplica":false},
             {"instanceId":"N","state":"Follower","isAlive":true,"externalTcpIp":"10.1.0.3","externalTcpPort":1113,"externalSecureTcpPort":0,"httpEndPointIp":"10.1.0.3","httpEndPointPort":2113,"isReadOnlyReplica":false},
             {"instanceId":"R","state":"ReadOnlyReplica","isAlive":true,"externalTcpIp":"10.1.0.4","externalTcpPort":0,"externalSecureTcpPort":1113,"isReadOnlyReplica":true},
             {"instanceId":"P","state":"PreReadOnlyReplica","isAlive":true,"externalTcpIp":"10.1.0.5","externalTcpPort":0,"externalSecureTcpPort":1113,"isReadOnlyReplica":true},
             {"instanceId":"Q","state":"ResigningLeader","isAlive":true,"externalTcpIp":"10.1.0.6","externalTcpPort":0,"externalSecureTcpPort":1113},
             {"instanceId":"S","state":"PreLeader","isAlive":true,"externalTcpIp":"10.1.0.7","externalTcpPort":0,"externalSecureTcpPort":1113},
             {"instanceId":"T","state":"Follower","isAlive":true,"externalTcpIp":"10.1.0.8","externalTcpPort":0,"externalSecureTcpPort":0},
             {"instanceId":"U","state":"DiscoverLeader","isAlive":true,"externalTcpIp":"10.1.0.9","externalTcpPort":0,"externalSecureTcpPort":1113},
             {"instanceId":"V","state":"Leader","isAlive":false,"externalTcpIp":"10.1.0.10","externalTcpPort":0,"externalSecureTcpPort":1113}
            ]}""";

    /**
     * Each row: a document, a preference, the TCP endpoint that just failed (or null), and the
     * expected ranking by instance id: groups of equals separated by '|', any order within a group.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("v5 master first", V5, NodePreference.MASTER, null, "A|J|B C|H|K|Z"),
                Arguments.of("v5 followers first", V5, NodePreference.FOLLOWER, null, "B C|A|J|H|K|Z"),
                Arguments.of("v5 any usable", V5, NodePreference.RANDOM, null, "A B C H J K Z"),
                Arguments.of("v5 follower failed: the other first", V5, NodePreference.FOLLOWER, "10.0.0.2:1113", "C|B|A|J|H|K|Z"),
                Arguments.of("v5 the only master failed: still the master", V5, NodePreference.MASTER, "10.0.0.1:1113", "A|J|B C|H|K|Z"),
                Arguments.of("v5 random: the failed one last", V5, NodePreference.RANDOM, "10.0.0.1:1113", "B C H J K Z|A"),
                Arguments.of("20.x leader first, no replicas", V20, NodePreference.MASTER, null, "L|S|M N|U"),
                Arguments.of("20.x followers, then read-only replicas", V20, NodePreference.FOLLOWER, null, "M N|R|P|L|S|U"),
                Arguments.of("20.x any usable but read-only", V20, NodePreference.RANDOM, null, "L M N S U"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ranks(String title, String json, NodePreference preference, String failed, String expected) throws IOException {
        List<GossipMember> members = parse(json).members();
        Endpoint failedEndpoint = failed == null ? null : Endpoint.parse(failed);
        for (long seed = 0; seed < 20; seed++) {
            List<String> ranked = new NodeRanking(preference, new Random(seed)).rank(members, failedEndpoint).stream()
                    .map(GossipMember::instanceId).toList();
            assertThat(groupsOf(ranked, expected)).as("seed %d: %s", seed, ranked).isEqualTo(expectedGroups(expected));
        }
    }

    @Test
    void choosesAtRandomAmongEqualsAndTheSameSeedChoosesTheSame() throws IOException {
        List<GossipMember> members = parse(V5).members();
        Set<Endpoint> firsts = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            firsts.add(new NodeRanking(NodePreference.FOLLOWER, new Random(seed)).best(members, null));
            assertThat(new NodeRanking(NodePreference.RANDOM, new Random(seed)).rank(members, null))
                    .isEqualTo(new NodeRanking(NodePreference.RANDOM, new Random(seed)).rank(members, null));
        }
        assertThat(firsts).containsExactlyInAnyOrder(Endpoint.parse("10.0.0.2:1113"), Endpoint.parse("10.0.0.3:1113"));
    }

    @Test
    void connectsToThePlainPortElseTheSecureOne() throws IOException {
        List<GossipMember> members = parse(V20).members();
        assertThat(byId(members, "L").tcpEndpoint()).isEqualTo(Endpoint.parse("10.1.0.1:1113"));
        assertThat(byId(members, "N").tcpEndpoint()).isEqualTo(Endpoint.parse("10.1.0.3:1113"));
        assertThat(byId(members, "T").tcpEndpoint()).isNull();
        assertThat(byId(members, "L").httpEndpoint()).isEqualTo(Endpoint.parse("10.1.0.1:2113"));
        assertThat(new NodeRanking(NodePreference.MASTER).best(members, null)).isEqualTo(Endpoint.parse("10.1.0.1:1113"));
    }

    @Test
    void readsBothErasStateNamesAndNeverCrashesOnANewOne() throws IOException {
        List<GossipMember> v5 = parse(V5).members();
        assertThat(byId(v5, "A").state()).isEqualTo(NodeState.LEADER);
        assertThat(byId(v5, "B").state()).isEqualTo(NodeState.FOLLOWER);
        assertThat(byId(v5, "I").state()).isEqualTo(NodeState.UNRECOGNISED);
        assertThat(byId(v5, "A").httpEndpoint()).isEqualTo(Endpoint.parse("10.0.0.1:2113"));
        List<GossipMember> v20 = parse(V20).members();
        assertThat(byId(v20, "L").state()).isEqualTo(NodeState.LEADER);
        assertThat(byId(v20, "R").readOnly()).isTrue();
        assertThat(NodeState.of("leader")).isEqualTo(NodeState.LEADER);
        assertThat(NodeState.of(null)).isEqualTo(NodeState.UNRECOGNISED);
    }

    @Test
    void movesOnlyAwayFromANodeThatGotWorse() throws IOException {
        List<GossipMember> members = parse(V5).members();
        Endpoint followerC = Endpoint.parse("10.0.0.3:1113");
        Endpoint master = Endpoint.parse("10.0.0.1:1113");
        assertThat(new NodeRanking(NodePreference.FOLLOWER, new Random(1)).moveFrom(members, followerC)).isEqualTo(followerC);
        assertThat(new NodeRanking(NodePreference.MASTER, new Random(1)).moveFrom(members, followerC)).isEqualTo(master);
        assertThat(new NodeRanking(NodePreference.RANDOM, new Random(1)).moveFrom(members, followerC)).isEqualTo(followerC);
        // sent to the master by NotMaster answers: a follower or random client is not moved back
        assertThat(new NodeRanking(NodePreference.FOLLOWER, new Random(1)).moveFrom(members, master)).isEqualTo(master);
        assertThat(new NodeRanking(NodePreference.RANDOM, new Random(1)).moveFrom(members, master)).isEqualTo(master);
        // a node gossip no longer lists as usable is left for the best
        assertThat(new NodeRanking(NodePreference.MASTER).moveFrom(members, Endpoint.parse("10.9.9.9:1113")))
                .isEqualTo(master);
        assertThat(new NodeRanking(NodePreference.MASTER).moveFrom(List.of(), master)).isNull();
    }

    @Test
    void refusesWhatIsNotGossip() {
        for (String garbage : List.of("<html>oops</html>", "", "[1,2]", "{\"members\":[{\"isAlive\":\"maybe\"}]}", "{} trailing")) {
            assertThatThrownBy(() -> parse(garbage)).as(garbage).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("not gossip JSON");
        }
    }

    @Test
    void readsAnAnswerWithoutMembersAsEmpty() throws IOException {
        assertThat(parse("{\"serverIp\":\"10.0.0.1\"}").members()).isEmpty();
        assertThat(parse("{\"members\":[null]}").members()).isEmpty();
    }

    private static Gossip parse(String json) throws IOException {
        return GossipClient.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static GossipMember byId(List<GossipMember> members, String id) {
        return members.stream().filter(m -> m.instanceId().equals(id)).findFirst().orElseThrow();
    }

    private static List<Set<String>> expectedGroups(String expected) {
        List<Set<String>> groups = new ArrayList<>();
        for (String group : expected.split("\\|")) {
            groups.add(Set.of(group.trim().split(" ")));
        }
        return groups;
    }

    /** {@code ranked} cut into groups the sizes of the expected ones. */
    private static List<Set<String>> groupsOf(List<String> ranked, String expected) {
        List<Set<String>> groups = new ArrayList<>();
        int from = 0;
        for (Set<String> group : expectedGroups(expected)) {
            int to = Math.min(ranked.size(), from + group.size());
            groups.add(Set.copyOf(ranked.subList(from, to)));
            from = to;
        }
        if (from < ranked.size()) {
            groups.add(Set.copyOf(ranked.subList(from, ranked.size())));
        }
        return groups;
    }
}
