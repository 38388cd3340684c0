package io.extreme.discovery;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Discovery;
import io.extreme.spi.DiscoveryProvider;

/**
 * Discovery of a single node: always the settings' endpoint. Named {@code "single-node"}; it
 * fits settings that name no cluster (no gossip seeds, no cluster DNS name) and has the lowest
 * priority, so cluster discovery wins where it applies.
 */
public final class SingleNodeDiscoveryProvider implements DiscoveryProvider {
    /** The name to choose it by in the settings. */
    public static final String NAME = "single-node";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public boolean supports(ExtremeSettings settings) {
        return settings.cluster().gossipSeeds().isEmpty() && settings.cluster().clusterDns() == null;
    }

    @Override
    public Discovery create(ExtremeSettings settings) {
        return new SingleNodeDiscovery(settings.endpoint());
    }
}
