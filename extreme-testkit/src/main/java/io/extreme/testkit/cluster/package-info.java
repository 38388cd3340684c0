/**
 * A simulated EventStore cluster and a fake DNS server, for testing how a client discovers
 * nodes, follows NotMaster answers and survives a leader change without a real cluster.
 * {@link io.extreme.testkit.cluster.SimulatedCluster} runs 1 to 7 nodes over one in-memory log,
 * each with a TCP endpoint and a gossip HTTP endpoint, and can kill, freeze, restart and
 * re-elect them; {@link io.extreme.testkit.cluster.FakeDnsServer} answers A queries for the
 * names a test gives it.
 */
package io.extreme.testkit.cluster;
