package io.extreme.internal.client;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;

/**
 * The engine as {@link Extreme#connect} finds it: starts a {@link ClientCore} with the
 * transport, protocol and discovery the settings choose among the plugins on the path.
 */
public final class ClientEngine implements Extreme.Engine {
    @Override
    public ExtremeClient start(ExtremeSettings settings) {
        return ClientCore.start(settings);
    }
}
