package io.extreme.discovery;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.Endpoint;
import io.extreme.NodePreference;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Timeout;

/**
 * The gossip JSON parser and the node ranking fed any answer (issue 18). What must hold: the
 * parser gives gossip or an {@link IOException} (as {@code GossipClient.parse} documents, and as
 * a failed ask is reported); the ranking of any gossip, under every preference, throws nothing,
 * ranks only live, usable members with a TCP endpoint, and its other answers agree with it:
 * {@code best} is the first ranked, {@code moveFrom} names a ranked member, an answer that
 * {@code settles} or has a usable {@code answerRank} has a ranked member.
 *
 * <p>The input is the gossip JSON. Seeds in {@code GossipFuzzTestInputs/rankAnyGossip}: answers
 * of v3–v5 and 20.x clusters, a node that has just restarted, dead and read-only members.
 */
class GossipFuzzTest {
    @Timeout(5) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void rankAnyGossip(byte[] input) {
        Gossip gossip;
        try {
            gossip = GossipClient.parse(input);
        } catch (IOException documented) {
            return;
        }
        List<GossipMember> members = gossip.members();
        Endpoint failed = members.isEmpty() ? null : members.get(0).tcpEndpoint();
        for (NodePreference preference : NodePreference.values()) {
            NodeRanking ranking = new NodeRanking(preference, new Random(input.length));
            List<GossipMember> ranked = ranking.rank(members, failed);
            for (GossipMember member : ranked) {
                if (!member.alive() || !member.state().usable() || member.tcpEndpoint() == null) {
                    throw new AssertionError(preference + " ranked " + member + " of " + members);
                }
            }
            Endpoint best = ranking.best(members, failed);
            Endpoint move = ranking.moveFrom(members, failed);
            boolean any = !ranked.isEmpty();
            if ((best == null) == any || (move == null) == any
                    || (any && ranked.stream().noneMatch(m -> m.tcpEndpoint().equals(move)))) {
                throw new AssertionError(preference + ": ranked " + ranked + ", best " + best + ", move to " + move);
            }
            if ((ranking.settles(members) || NodeRanking.usable(ranking.answerRank(members))) && !any) {
                throw new AssertionError(preference + ": an answer that ranks nobody settles or is usable: " + members);
            }
        }
    }
}
