package io.extreme.spi;

import io.extreme.Endpoint;
import java.util.concurrent.CompletableFuture;

/**
 * The port to the network: opens connections to endpoints and moves {@link Frame}s over them.
 * A transport knows bytes and framing, not commands. One transport serves one client and owns
 * its I/O threads; {@link #close()} ends them and every connection it opened.
 *
 * <p>Threads: {@link #connect} may be called from any thread and does not block; its future and
 * the {@link TransportListener} callbacks run on the transport's I/O thread, so a listener must
 * not block and never runs user code.
 */
public interface Transport extends AutoCloseable {
    /**
     * Opens a connection to {@code endpoint}. The future completes when the connection is
     * established, or exceptionally when it cannot be (refused, timed out, unresolvable host).
     */
    CompletableFuture<TransportConnection> connect(Endpoint endpoint, TransportListener listener);

    /** Closes every connection and stops the I/O threads. Idempotent. */
    @Override
    void close();
}
