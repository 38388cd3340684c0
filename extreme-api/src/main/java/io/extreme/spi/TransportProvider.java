package io.extreme.spi;

import io.extreme.ExtremeSettings;
import io.extreme.plugin.Plugin;

/**
 * Makes {@link Transport}s; found with {@link java.util.ServiceLoader}. The engine calls
 * {@link #create} once per client, on the caller's thread.
 */
public interface TransportProvider extends Plugin {
    /** A transport configured from {@code settings} (frame limit, connect timeout). */
    Transport create(ExtremeSettings settings);
}
