package io.extreme;

import io.extreme.internal.ClientCore;

/**
 * The entry point: connects a client.
 *
 * <pre>{@code
 * try (ExtremeClient client = Extreme.connect("tcp://admin:changeit@127.0.0.1:1113")) {
 *     client.appendToStream("orders-1", ExpectedVersion.ANY, EventData.json("OrderPlaced", "{}")).join();
 * }
 * }</pre>
 *
 * The transport, protocol codec and discovery are found with {@link java.util.ServiceLoader}
 * among the modules on the class path or module path (for example extreme-transport-nio,
 * extreme-protocol-v4 and extreme-discovery), or chosen by name in the settings.
 */
public final class Extreme {
    private Extreme() {
    }

    /**
     * A client for {@code settings}. It connects in the background; operations wait for the
     * connection. Throws {@link ConfigurationException} when a needed module is missing.
     */
    public static ExtremeClient connect(ExtremeSettings settings) {
        return ClientCore.start(settings);
    }

    /** A client for a URI such as {@code tcp://user:pass@host:1113?connectionName=app}. */
    public static ExtremeClient connect(String uri) {
        return connect(SettingsParser.fromUri(uri));
    }
}
