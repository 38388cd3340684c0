package io.extreme.discovery;

import io.extreme.ClusterSettings;
import io.extreme.ExtremeSettings;
import io.extreme.error.ConfigurationException;
import io.extreme.spi.Discovery;
import io.extreme.spi.DiscoveryProvider;

/**
 * Discovery of a cluster by DNS: named {@code "cluster-dns"}, chosen when the settings give
 * {@link ClusterSettings#clusterDns()}. Resolves the name's A records afresh on each discovery
 * (from {@link ClusterSettings#dnsServer()} when given) and asks each address for gossip on
 * {@link ClusterSettings#gossipPort()}, after the members the last gossip named.
 */
public final class ClusterDnsDiscoveryProvider implements DiscoveryProvider {
    /** The name to choose it by in the settings. */
    public static final String NAME = "cluster-dns";
    /** Above {@link SingleNodeDiscoveryProvider}'s, so a cluster DNS name in the settings means a cluster. */
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
        return settings.cluster().clusterDns() != null;
    }

    /** @throws ConfigurationException when the settings give no cluster DNS name (this provider was named explicitly) */
    @Override
    public Discovery create(ExtremeSettings settings) {
        if (!supports(settings)) {
            throw new ConfigurationException("The '" + NAME + "' discovery needs clusterDns (a DNS name whose A records"
                    + " are the cluster's nodes); the settings give none. Use gossipSeeds for '"
                    + ClusterDiscoveryProvider.NAME + "', or an endpoint for '" + SingleNodeDiscoveryProvider.NAME + "'.");
        }
        ClusterDns dns = new ClusterDns(settings.cluster().clusterDns(), settings.cluster().gossipPort(), settings.cluster().dnsServer(),
                settings.cluster().gossipTimeout());
        return new ClusterDiscovery(NAME, GossipCandidates.dns(dns), settings);
    }
}
