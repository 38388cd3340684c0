package io.extreme.cluster;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The cluster the cluster tests run against: a {@link SimulatedTarget simulated} 3-node cluster
 * by default, or a real EventStore 4.x cluster when {@code -Dextreme.it.gossipSeeds=host:port,…}
 * names its gossip seeds (with {@code extreme.it.username}, {@code extreme.it.password} and
 * {@code extreme.it.protocol} as for the contract suite). The tests see only this interface, so
 * they run unchanged against either.
 */
interface ClusterUnderTest extends AutoCloseable {
    /** How long an election may take before a test gives up on it. */
    Duration ELECTION_DEADLINE = Duration.ofSeconds(30);

    /** The gossip seeds a client is given. */
    List<Endpoint> gossipSeeds();

    /** Settings for a client of this cluster: its seeds, credentials and protocol, quick reconnects. */
    default ExtremeSettings.Builder client(String name) {
        return ExtremeSettings.builder().gossipSeeds(gossipSeeds())
                .credentials(System.getProperty("extreme.it.username", "admin"),
                        System.getProperty("extreme.it.password", "changeit"))
                .protocol(System.getProperty("extreme.it.protocol", "auto"))
                .connectionName(name).reconnectDelay(Duration.ofMillis(20)).maxReconnectAttempts(-1)
                .gossipTimeout(Duration.ofMillis(500)).retryDelay(Duration.ofMillis(20));
    }

    /** The TCP endpoint of the master, waiting for one while an election goes on. */
    Endpoint awaitMaster();

    /** Whether the node listening on {@code tcp} is alive and not the master now. */
    boolean isFollower(Endpoint tcp);

    /**
     * Skips the calling test unless the cluster keeps a quorum after losing its master (a real
     * cluster whose nodes an earlier test stopped may not); the simulated one always does.
     */
    default void assumeMasterCanBeStopped() {
    }

    /**
     * Kills the master, a process that dies at once (its connections just close), and returns its
     * TCP endpoint. A real cluster's node cannot be killed from here: it is asked to shut down, as
     * {@link #shutDownMaster()} does.
     */
    Endpoint killMaster();

    /**
     * Asks the master to shut down as an admin does ({@code POST /admin/shutdown}) and returns its
     * TCP endpoint. Unlike a kill, a shutting-down node first drops its persistent consumers with
     * SubscriptionDropped(Unsubscribed), on connections still open, then closes them.
     */
    Endpoint shutDownMaster();

    /** Whether this is the simulated cluster (tests that need the testkit's fakes run only there). */
    boolean simulated();

    /** Releases the cluster; a real one is left running. */
    @Override
    void close();

    /** The cluster the system properties name: real when gossip seeds are given, else a simulated one. */
    static ClusterUnderTest start() {
        String seeds = System.getProperty("extreme.it.gossipSeeds", "").trim();
        if (seeds.isEmpty()) {
            return new SimulatedTarget();
        }
        return new RealClusterTarget(Arrays.stream(seeds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Endpoint::parse).toList());
    }
}
