package io.extreme.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cluster member's state as gossip names it, in both naming eras: v3–v5 (Master, Slave, ...)
 * and 20.x (Leader, Follower, ...). The two names of one state are one constant, so ranking
 * never needs to know which era a server is from.
 *
 * <p>{@link #seniority()} is the order clients sort by (higher first, as the v3–v5 .NET client
 * and esjc do): Leader, PreLeader, Follower, Clone, CatchingUp, PreReplica, Unknown,
 * DiscoverLeader, Initializing. States a client must never connect to have no seniority.
 */
public enum NodeState {
    /** Starting up. */
    INITIALIZING(0, Kind.WRITABLE, "Initializing"),
    /** 20.x: looking for a leader. */
    DISCOVER_LEADER(1, Kind.WRITABLE, "DiscoverLeader"),
    /** Not yet known. */
    UNKNOWN(2, Kind.WRITABLE, "Unknown"),
    /** About to replicate from a leader. */
    PRE_REPLICA(3, Kind.WRITABLE, "PreReplica"),
    /** Replicating to catch up with the leader. */
    CATCHING_UP(4, Kind.WRITABLE, "CatchingUp"),
    /** An extra replica beyond the cluster size. */
    CLONE(5, Kind.WRITABLE, "Clone"),
    /** A replica that forwards writes: v3–v5 Slave, 20.x Follower. */
    FOLLOWER(6, Kind.WRITABLE, "Slave", "Follower"),
    /** Elected, not yet serving: v3–v5 PreMaster, 20.x PreLeader. */
    PRE_LEADER(7, Kind.WRITABLE, "PreMaster", "PreLeader"),
    /** The node that takes writes: v3–v5 Master, 20.x Leader. */
    LEADER(8, Kind.WRITABLE, "Master", "Leader"),
    /** 20.x: a read-only replica without a leader to follow. */
    READ_ONLY_LEADERLESS(1, Kind.READ_ONLY, "ReadOnlyLeaderless"),
    /** 20.x: about to become a read-only replica. */
    PRE_READ_ONLY_REPLICA(0, Kind.READ_ONLY, "PreReadOnlyReplica"),
    /** 20.x: a replica that serves reads only and never joins elections. */
    READ_ONLY_REPLICA(2, Kind.READ_ONLY, "ReadOnlyReplica"),
    /** v3–v5 commercial cluster manager: no data, never a connection target. */
    MANAGER(-1, Kind.NEVER, "Manager"),
    /** Going away. */
    SHUTTING_DOWN(-1, Kind.NEVER, "ShuttingDown"),
    /** Gone. */
    SHUTDOWN(-1, Kind.NEVER, "Shutdown"),
    /** 20.x: a leader handing over; it is about to refuse writes. */
    RESIGNING_LEADER(-1, Kind.NEVER, "ResigningLeader"),
    /** A name this client does not know (a newer server): never chosen, never a crash. */
    UNRECOGNISED(-1, Kind.NEVER);

    /** What a client may do with a member in a state. */
    enum Kind { WRITABLE, READ_ONLY, NEVER }

    private static final Map<String, NodeState> BY_NAME = Stream.of(values())
            .flatMap(state -> Stream.of(state.names).map(name -> Map.entry(name.toLowerCase(Locale.ROOT), state)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final int seniority;
    private final Kind kind;
    private final String[] names;

    NodeState(int seniority, Kind kind, String... names) {
        this.seniority = seniority;
        this.kind = kind;
        this.names = names;
    }

    /**
     * The state gossip calls {@code name}, in either era and any letter case; {@link #UNRECOGNISED}
     * for {@code null} or a name this client does not know.
     */
    public static NodeState of(String name) {
        return name == null ? UNRECOGNISED : BY_NAME.getOrDefault(name.toLowerCase(Locale.ROOT), UNRECOGNISED);
    }

    /** The sort order among usable states of the same kind, higher first; -1 for states never chosen. */
    public int seniority() {
        return seniority;
    }

    /** Whether a client may ever connect to a member in this state. */
    public boolean usable() {
        return kind != Kind.NEVER;
    }

    /** Whether this is one of the 20.x read-only replica states. */
    public boolean readOnly() {
        return kind == Kind.READ_ONLY;
    }

    /** The names gossip uses for this state, v3–v5 first; empty for {@link #UNRECOGNISED}. */
    public List<String> names() {
        return List.of(names);
    }
}
