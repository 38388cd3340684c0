package io.extreme.testkit.cluster;

/**
 * Which server generation's words a {@link SimulatedCluster} uses in its gossip (PROTOCOL.md
 * §5.2, §5.3): the state names and the HTTP address fields of each member.
 */
public enum NamingEra {
    /**
     * EventStore 3.x to 5.x: Master, Slave, PreMaster...; each member carries
     * {@code internalHttpIp/Port} and {@code externalHttpIp/Port}.
     */
    V4,
    /**
     * EventStore 20.x: Leader, Follower, PreLeader...; each member carries
     * {@code httpEndPointIp/Port} instead of the four HTTP fields, and {@code isReadOnlyReplica}.
     */
    V20
}
