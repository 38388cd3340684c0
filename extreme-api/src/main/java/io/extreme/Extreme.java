package io.extreme;

import io.extreme.error.ConfigurationException;
import java.util.ServiceLoader;

/**
 * The entry point: connects a client.
 *
 * <pre>{@code
 * try (ExtremeClient client = Extreme.connect("tcp://admin:changeit@127.0.0.1:1113")) {
 *     client.append("orders-1", EventData.json("OrderPlaced", "{}")).join();
 * }
 * }</pre>
 *
 * The transport, protocol codec and discovery are found with {@link java.util.ServiceLoader}
 * among the modules on the class path or module path (for example extreme-transport-nio,
 * extreme-protocol-v4 and extreme-discovery), or chosen by name in the settings.
 */
public final class Extreme {
    /**
     * Found on the first connect and kept: the lookup reads the class path, and every client shares
     * the one engine. Looked up then rather than when the class loads, so that a missing engine is
     * a clear exception from {@code connect}, not a class that fails to initialise. Two first
     * calls at once may both look it up; either result is the same engine.
     */
    private static volatile Engine engine;

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
        return engine().start(settings);
    }

    private static Engine engine() {
        Engine found = engine;
        if (found == null) {
            found = ServiceLoader.load(Engine.class, Extreme.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new ConfigurationException("extreme-api is incomplete: no " + Engine.class.getName()
                            + " is registered (a repackaged jar must keep META-INF/services and module-info)"));
            engine = found;
        }
        return found;
    }

    /** A client for a URI such as {@code tcp://user:pass@host:1113?connectionName=app}. */
    public static ExtremeClient connect(String uri) {
        return connect(SettingsParser.fromUri(uri));
    }
}
