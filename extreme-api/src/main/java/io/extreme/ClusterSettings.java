package io.extreme;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a client finds the node to use in a cluster: by gossip seeds or by a DNS name, which
 * member it prefers, and how it keeps asking. Immutable; {@link #NONE} (a single node) is the
 * default of {@link ExtremeSettings}; every {@code with} method checks its argument and names it
 * when it refuses.
 *
 * @param gossipSeeds      HTTP endpoints to ask for gossip, one after another; empty when not used
 * @param clusterDns       a DNS name whose A records are the cluster's nodes, or {@code null}
 * @param gossipPort       the HTTP port to ask for gossip on the addresses {@code clusterDns} resolves to
 * @param dnsServer        the DNS server to ask for {@code clusterDns}, or {@code null} for the system's
 * @param gossipTimeout    how long one gossip request may take before the next candidate is asked
 * @param nodePreference   which member to connect to
 * @param backgroundGossip how often to ask gossip while connected and move to a better node (a new
 *                         master) before a write fails; zero asks only when the connection is lost
 */
public record ClusterSettings(List<Endpoint> gossipSeeds, String clusterDns, int gossipPort, Endpoint dnsServer,
                              Duration gossipTimeout, NodePreference nodePreference, Duration backgroundGossip) {
    /** The HTTP port a cluster's gossip is asked on when nodes are found by DNS. */
    public static final int DEFAULT_GOSSIP_PORT = 2113;
    /** How long one gossip request may take before the next seed is asked. */
    public static final Duration DEFAULT_GOSSIP_TIMEOUT = Duration.ofSeconds(1);
    /** No cluster: a single node, master preferred, no background gossip. */
    public static final ClusterSettings NONE = new ClusterSettings(List.of(), null, DEFAULT_GOSSIP_PORT, null,
            DEFAULT_GOSSIP_TIMEOUT, NodePreference.MASTER, Duration.ZERO);

    public ClusterSettings {
        Objects.requireNonNull(gossipSeeds, "gossipSeeds");
        gossipSeeds.forEach(seed -> Objects.requireNonNull(seed, "gossipSeeds must not contain null"));
        gossipSeeds = List.copyOf(gossipSeeds);
        if (clusterDns != null && clusterDns.isBlank()) {
            throw new IllegalArgumentException("clusterDns must be a DNS name, was blank");
        }
        if (gossipPort < 1 || gossipPort > 65535) {
            throw new IllegalArgumentException("gossipPort must be between 1 and 65535, was " + gossipPort);
        }
        if (!gossipSeeds.isEmpty() && clusterDns != null) {
            throw new IllegalArgumentException("give gossipSeeds or clusterDns, not both");
        }
        Objects.requireNonNull(gossipTimeout, "gossipTimeout");
        if (gossipTimeout.isNegative() || gossipTimeout.isZero()) {
            throw new IllegalArgumentException("gossipTimeout must be positive, was " + gossipTimeout);
        }
        Objects.requireNonNull(nodePreference, "nodePreference");
        Objects.requireNonNull(backgroundGossip, "backgroundGossip");
        if (backgroundGossip.isNegative()) {
            throw new IllegalArgumentException("backgroundGossip must not be negative, was " + backgroundGossip);
        }
    }

    /** Whether a cluster is named at all (by seeds or by DNS). */
    public boolean isCluster() {
        return !gossipSeeds.isEmpty() || clusterDns != null;
    }

    /** Discovers the cluster by asking these HTTP endpoints for gossip; at least one. */
    public ClusterSettings withGossipSeeds(List<Endpoint> seeds) {
        Objects.requireNonNull(seeds, "gossipSeeds");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("gossipSeeds must name at least one host:port");
        }
        return new ClusterSettings(seeds, clusterDns, gossipPort, dnsServer, gossipTimeout, nodePreference, backgroundGossip);
    }

    /** Discovers the cluster by resolving {@code name} to its A records and asking each for gossip on {@code port}. */
    public ClusterSettings withClusterDns(String name, int port) {
        Objects.requireNonNull(name, "clusterDns");
        return new ClusterSettings(gossipSeeds, name, port, dnsServer, gossipTimeout, nodePreference, backgroundGossip);
    }

    public ClusterSettings withDnsServer(Endpoint value) {
        return new ClusterSettings(gossipSeeds, clusterDns, gossipPort, value, gossipTimeout, nodePreference, backgroundGossip);
    }

    public ClusterSettings withGossipTimeout(Duration value) {
        return new ClusterSettings(gossipSeeds, clusterDns, gossipPort, dnsServer, value, nodePreference, backgroundGossip);
    }

    public ClusterSettings withNodePreference(NodePreference value) {
        return new ClusterSettings(gossipSeeds, clusterDns, gossipPort, dnsServer, gossipTimeout, value, backgroundGossip);
    }

    public ClusterSettings withBackgroundGossip(Duration value) {
        return new ClusterSettings(gossipSeeds, clusterDns, gossipPort, dnsServer, gossipTimeout, nodePreference, value);
    }
}
