package io.extreme.cluster;

import io.extreme.Endpoint;
import io.extreme.testkit.cluster.ClusterNode;
import io.extreme.testkit.cluster.NodeState;
import io.extreme.testkit.cluster.SimulatedCluster;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** The testkit's simulated cluster: 3 nodes on 127.0.0.1–3, elections as measured on 4.1.4. */
final class SimulatedTarget implements ClusterUnderTest {
    final SimulatedCluster cluster;

    SimulatedTarget() {
        this(SimulatedCluster.builder().nodes(3).start());
    }

    SimulatedTarget(SimulatedCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<Endpoint> gossipSeeds() {
        return cluster.gossipSeeds();
    }

    @Override
    public Endpoint awaitMaster() {
        try {
            return cluster.awaitMaster(ELECTION_DEADLINE).tcpEndpoint();
        } catch (TimeoutException e) {
            throw new AssertionError("no master elected within " + ELECTION_DEADLINE + ": " + cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public boolean isFollower(Endpoint tcp) {
        return cluster.nodes().stream().anyMatch(node -> node.tcpEndpoint().equals(tcp) && node.isAlive()
                && node.state() == NodeState.SLAVE);
    }

    @Override
    public Endpoint killMaster() {
        ClusterNode master = cluster.master().orElseThrow(() -> new AssertionError("no master to kill: " + cluster));
        cluster.kill(master.index());
        return master.tcpEndpoint();
    }

    @Override
    public Endpoint shutDownMaster() {
        ClusterNode master = cluster.master().orElseThrow(() -> new AssertionError("no master to shut down: " + cluster));
        cluster.shutDown(master.index());
        return master.tcpEndpoint();
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public void close() {
        cluster.close();
    }

    @Override
    public String toString() {
        return "a simulated " + cluster.nodes().size() + "-node cluster, elections in "
                + cluster.electionDelay().toMillis() + " ms";
    }
}
