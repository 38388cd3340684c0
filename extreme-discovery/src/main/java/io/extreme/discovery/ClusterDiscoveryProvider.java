package io.extreme.discovery;

import io.extreme.ClusterSettings;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConfigurationException;
import io.extreme.spi.Discovery;
import io.extreme.spi.DiscoveryProvider;

/**
 * Discovery of a cluster by gossip seeds: named {@code "cluster"}, chosen when the settings give
 * {@link ClusterSettings#gossipSeeds()}. Asks the seeds (in the order given) for gossip over
 * HTTP, and the members the last gossip named before them on every re-discovery.
 */
public final class ClusterDiscoveryProvider implements DiscoveryProvider {
    /** The name to choose it by in the settings. */
    public static final String NAME = "cluster";
    /** Above {@link SingleNodeDiscoveryProvider}'s, so seeds in the settings mean a cluster. */
    public static final int PRIORITY = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public boolean supports(ExtremeSettings settings) {
        return !settings.cluster().gossipSeeds().isEmpty();
    }

    /** @throws ConfigurationException when the settings give no gossip seeds (this provider was named explicitly) */
    @Override
    public Discovery create(ExtremeSettings settings) {
        if (!supports(settings)) {
            throw new ConfigurationException("The '" + NAME + "' discovery needs gossipSeeds (HTTP host:port of cluster"
                    + " nodes); the settings give none. Use clusterDns for '" + ClusterDnsDiscoveryProvider.NAME
                    + "', or an endpoint for '" + SingleNodeDiscoveryProvider.NAME + "'.");
        }
        return new ClusterDiscovery(NAME, GossipCandidates.seeds(settings.cluster().gossipSeeds()), settings);
    }
}
