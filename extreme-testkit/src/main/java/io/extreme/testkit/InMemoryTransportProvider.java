package io.extreme.testkit;

import io.extreme.ExtremeSettings;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportProvider;
import io.extreme.testkit.inmemory.InMemoryTransport;

/**
 * The transport named {@code "in-memory"}: a client connects to an {@link EmbeddedEventStore}
 * of the same JVM without a socket, by the store's {@link EmbeddedEventStore#endpoint()}.
 * Its priority is 0, below the NIO transport's 10, so it is used when chosen with
 * {@code settings.transport("in-memory")} or when it is the only transport on the path.
 */
public final class InMemoryTransportProvider implements TransportProvider {
    /** The name to choose this transport by in the settings. */
    public static final String NAME = "in-memory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Transport create(ExtremeSettings settings) {
        return new InMemoryTransport(settings.maxFrameLength());
    }
}
