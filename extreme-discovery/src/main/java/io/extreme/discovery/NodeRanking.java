package io.extreme.discovery;

import io.extreme.Endpoint;
import io.extreme.NodePreference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Which cluster member to connect to, by a {@link NodePreference}: a pure function of one gossip
 * answer (and a random source for choosing among equals).
 *
 * <p>Only members that are alive, in a {@linkplain NodeState#usable() usable} state and offer a
 * TCP endpoint are ever chosen. Read-only replicas (20.x) take no writes, so they are ranked only
 * for {@link NodePreference#FOLLOWER}, after the followers. The ranks, best first:
 * <ul>
 *   <li>MASTER: leader, pre-leader, follower, then the rest by {@link NodeState#seniority()};
 *   <li>FOLLOWER: followers, read-only replicas, leader, pre-leader, then the rest by seniority;
 *   <li>RANDOM: every usable writable member, as one rank.
 * </ul>
 * Members of one rank are in random order. A member whose TCP endpoint just failed goes after
 * the others of its rank, so a client moves on when an equal node exists.
 */
public final class NodeRanking {
    private static final int EXCLUDED = Integer.MAX_VALUE;

    private final NodePreference preference;
    private final Random random;

    /** A ranking by {@code preference}, choosing among equals at random. */
    public NodeRanking(NodePreference preference) {
        this(preference, new Random());
    }

    /** A ranking whose choices among equals follow {@code random}: seeded in tests. */
    NodeRanking(NodePreference preference, Random random) {
        this.preference = Objects.requireNonNull(preference, "preference");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The preference this ranking follows. */
    public NodePreference preference() {
        return preference;
    }

    /**
     * The members a client may connect to, best first.
     *
     * @param members a gossip answer's members
     * @param failed  the TCP endpoint that just failed, or {@code null}
     */
    public List<GossipMember> rank(List<GossipMember> members, Endpoint failed) {
        List<GossipMember> usable = new ArrayList<>();
        for (GossipMember member : members) {
            if (rankOf(member) != EXCLUDED) {
                usable.add(member);
            }
        }
        // Shuffle, then sort stably: members of one rank keep the random order.
        synchronized (random) {
            Collections.shuffle(usable, random);
        }
        usable.sort(Comparator.comparingInt(this::rankOf)
                .thenComparing(member -> member.tcpEndpoint().equals(failed)));
        return usable;
    }

    /** The best member's TCP endpoint, or {@code null} when no member is usable. */
    public Endpoint best(List<GossipMember> members, Endpoint failed) {
        List<GossipMember> ranked = rank(members, failed);
        return ranked.isEmpty() ? null : ranked.get(0).tcpEndpoint();
    }

    /**
     * Where a client on {@code current} should move: the best member when {@code current} is no
     * longer usable (dead, shutting down, unknown), or when a MASTER client is no longer on the
     * master and a master exists; otherwise {@code current}, for a node that still serves is kept
     * (a FOLLOWER client that NotMaster answers sent to the master stays there). {@code null}
     * when no member is usable.
     */
    public Endpoint moveFrom(List<GossipMember> members, Endpoint current) {
        List<GossipMember> ranked = rank(members, null);
        if (ranked.isEmpty()) {
            return null;
        }
        GossipMember best = ranked.get(0);
        for (GossipMember member : ranked) {
            if (member.tcpEndpoint().equals(current)) {
                boolean lostTheMaster = preference == NodePreference.MASTER && member.state() != NodeState.LEADER
                        && best.state() == NodeState.LEADER;
                return lostTheMaster ? best.tcpEndpoint() : current;
            }
        }
        return best.tcpEndpoint();
    }

    /**
     * Whether one gossip answer settles the choice, so the other candidates need not be asked:
     * under MASTER only when it names a live leader, for a node that has just restarted knows
     * only members without one, and a master client sent there would be told NotReady;
     * otherwise when it names any member this ranking may choose.
     */
    boolean settles(List<GossipMember> members) {
        for (GossipMember member : members) {
            if (rankOf(member) != EXCLUDED
                    && (preference != NodePreference.MASTER || member.state() == NodeState.LEADER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How good an answer that does not {@linkplain #settles settle} the choice is to fall back
     * on: the rank of its best member, lower is better; {@link #EXCLUDED} when it names none.
     */
    int answerRank(List<GossipMember> members) {
        int best = EXCLUDED;
        for (GossipMember member : members) {
            best = Math.min(best, rankOf(member));
        }
        return best;
    }

    /** Whether an {@link #answerRank} names a member this ranking may choose. */
    static boolean usable(int answerRank) {
        return answerRank != EXCLUDED;
    }

    /** Lower is better; {@link #EXCLUDED} for members never chosen with this preference. */
    int rankOf(GossipMember member) {
        NodeState state = member.state();
        if (!member.alive() || !state.usable() || member.tcpEndpoint() == null) {
            return EXCLUDED;
        }
        if (member.readOnly()) {
            // After the followers; a serving replica before one still joining.
            return preference != NodePreference.FOLLOWER ? EXCLUDED
                    : state == NodeState.READ_ONLY_REPLICA ? 100 : 200 - state.seniority();
        }
        return switch (preference) {
            case RANDOM -> 0;
            case MASTER -> 1_000 - state.seniority();
            case FOLLOWER -> switch (state) {
                case FOLLOWER -> 0;
                case LEADER -> 1_000;
                case PRE_LEADER -> 1_001;
                default -> 2_000 - state.seniority();
            };
        };
    }

    @Override
    public String toString() {
        return "NodeRanking[" + preference + "]";
    }
}
