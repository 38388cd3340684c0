package io.extreme.spi;

import io.extreme.ExtremeSettings;
import io.extreme.plugin.Plugin;

/**
 * Makes {@link Discovery} for the settings it supports; found with {@link java.util.ServiceLoader}.
 */
public interface DiscoveryProvider extends Plugin {
    /** Whether this provider can discover nodes for {@code settings} (a single node, seeds, DNS). */
    boolean supports(ExtremeSettings settings);

    /** A discovery for {@code settings}; called once per client. */
    Discovery create(ExtremeSettings settings);
}
