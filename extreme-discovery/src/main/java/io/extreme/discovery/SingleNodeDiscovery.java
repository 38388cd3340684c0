package io.extreme.discovery;

import io.extreme.Endpoint;
import io.extreme.spi.Discovery;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Always the same endpoint: a single EventStore node. After a failure it is tried again; the
 * engine's reconnect delay and attempt limit pace the retries.
 */
public final class SingleNodeDiscovery implements Discovery {
    private final Endpoint endpoint;

    public SingleNodeDiscovery(Endpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public CompletableFuture<Endpoint> discover(Endpoint failed) {
        return CompletableFuture.completedFuture(endpoint);
    }

    @Override
    public String toString() {
        return "SingleNodeDiscovery[" + endpoint + "]";
    }
}
