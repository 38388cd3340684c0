package io.extreme.testkit.cluster;

/**
 * The state of a cluster node as gossip shows it (PROTOCOL.md §5.3), with its name in each
 * {@link NamingEra}. Constants are in the v3–v5 ordinal order clients sort by; the 20.x-only
 * states come last. A {@link SimulatedCluster} uses Master, Slave, PreReplica and Clone; the
 * others are here so that names can be checked against the table.
 */
public enum NodeState {
    INITIALIZING("Initializing", "Initializing"),
    DISCOVER_LEADER(null, "DiscoverLeader"),
    UNKNOWN("Unknown", "Unknown"),
    PRE_REPLICA("PreReplica", "PreReplica"),
    CATCHING_UP("CatchingUp", "CatchingUp"),
    CLONE("Clone", "Clone"),
    /** A replica that follows the master: Slave, or Follower in 20.x. */
    SLAVE("Slave", "Follower"),
    PRE_MASTER("PreMaster", "PreLeader"),
    /** The node that takes writes: Master, or Leader in 20.x. */
    MASTER("Master", "Leader"),
    MANAGER("Manager", "Manager"),
    SHUTTING_DOWN("ShuttingDown", "ShuttingDown"),
    SHUTDOWN("Shutdown", "Shutdown"),
    READ_ONLY_LEADERLESS(null, "ReadOnlyLeaderless"),
    PRE_READ_ONLY_REPLICA(null, "PreReadOnlyReplica"),
    READ_ONLY_REPLICA(null, "ReadOnlyReplica"),
    RESIGNING_LEADER(null, "ResigningLeader");

    private final String v4Name;
    private final String v20Name;

    NodeState(String v4Name, String v20Name) {
        this.v4Name = v4Name;
        this.v20Name = v20Name;
    }

    /**
     * The state's name in gossip of {@code era}.
     *
     * @throws IllegalArgumentException when the state does not exist in that era
     */
    public String nameIn(NamingEra era) {
        String name = era == NamingEra.V20 ? v20Name : v4Name;
        if (name == null) {
            throw new IllegalArgumentException("state " + this + " does not exist in naming era " + era
                    + "; it is a 20.x state");
        }
        return name;
    }
}
