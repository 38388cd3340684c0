package io.extreme;

import io.extreme.error.ConfigurationException;
import java.util.ServiceLoader;

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
    /** Found once: the lookup reads the class path, and every client shares the one engine. */
    private static final Engine ENGINE = ServiceLoader.load(Engine.class, Extreme.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("extreme-api is incomplete: no " + Engine.class.getName()));

    private Extreme() {
    }

    /**
     * What starts a client: the seam between this entry point and the engine, which lives in
     * the api module's internal packages. It is found with {@link ServiceLoader} so that the
     * public API does not import the engine (the engine imports the public API). Not an
     * extension point: the api module provides the only implementation.
     */
    public interface Engine {
        /** A started client for {@code settings}. */
        ExtremeClient start(ExtremeSettings settings);
    }

    /**
     * A client for {@code settings}. It connects in the background; operations wait for the
     * connection. Throws {@link ConfigurationException} when a needed module is missing.
     */
    public static ExtremeClient connect(ExtremeSettings settings) {
        return ENGINE.start(settings);
    }

    /** A client for a URI such as {@code tcp://user:pass@host:1113?connectionName=app}. */
    public static ExtremeClient connect(String uri) {
        return connect(SettingsParser.fromUri(uri));
    }
}
