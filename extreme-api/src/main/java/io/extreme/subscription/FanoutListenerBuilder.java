package io.extreme.subscription;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Builds a {@link FanoutListener}: {@code client.fanoutListener(stream, forwarder)}, then the
 * optional settings below, then {@link #start()} (or {@link #build()} to start later). Not
 * thread-safe; each call returns this builder.
 */
public interface FanoutListenerBuilder {
    /** Whether link events are resolved to their targets; default true (as for {@link Listener}). */
    FanoutListenerBuilder resolveLinkTos(boolean value);

    /**
     * Hears, once, why the listener stopped on its own (the forwarder's exception, a refused
     * subscription…), just before {@link FanoutListener#completion()} fails with it. Not called
     * for {@link FanoutListener#close()}.
     */
    FanoutListenerBuilder onError(Consumer<Throwable> hook);

    /** The listener, not started yet. */
    FanoutListener build();

    /** Builds the listener and starts it; the future completes once the server confirmed. */
    CompletableFuture<FanoutListener> start();
}
