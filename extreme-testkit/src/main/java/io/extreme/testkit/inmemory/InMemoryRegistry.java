package io.extreme.testkit.inmemory;

import io.extreme.Endpoint;
import io.extreme.testkit.server.SessionHost;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory EventStores of this JVM by the endpoint they answer on, so that the in-memory
 * transport finds the one a client asks for. {@code EmbeddedEventStore} registers itself when it
 * starts and removes itself when it closes.
 *
 * <p>Threads: safe from any thread.
 */
public final class InMemoryRegistry {
    private static final Map<Endpoint, SessionHost> HOSTS = new ConcurrentHashMap<>();

    private InMemoryRegistry() {
    }

    /** Makes {@code host} reachable at {@code endpoint}, replacing nothing: the port is unique. */
    public static void register(Endpoint endpoint, SessionHost host) {
        SessionHost previous = HOSTS.putIfAbsent(key(endpoint), host);
        if (previous != null && previous != host) {
            throw new IllegalStateException("an in-memory EventStore is already registered at " + endpoint);
        }
    }

    /** Removes {@code host} from {@code endpoint}, if it is the one registered there. */
    public static void unregister(Endpoint endpoint, SessionHost host) {
        HOSTS.remove(key(endpoint), host);
    }

    /** The EventStore at {@code endpoint}, or {@code null} when none runs there. */
    public static SessionHost lookup(Endpoint endpoint) {
        return HOSTS.get(key(endpoint));
    }

    /** {@code localhost} is a name for the loopback the stores listen on; nothing is resolved. */
    private static Endpoint key(Endpoint endpoint) {
        return "localhost".equalsIgnoreCase(endpoint.host()) ? new Endpoint("127.0.0.1", endpoint.port()) : endpoint;
    }
}
