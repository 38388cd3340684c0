package io.extreme;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a {@link FanoutListener}: {@code FanoutListener.builder(client, stream, forwarder)},
 * then the optional settings below, then {@link #start()} (or {@link #build()} to start later).
 */
public final class FanoutListenerBuilder {
    final ExtremeClient client;
    final String stream;
    final FanoutListener.Forwarder forwarder;
    boolean resolveLinkTos = true;
    Consumer<Throwable> onError = failure -> { };

    FanoutListenerBuilder(ExtremeClient client, String stream, FanoutListener.Forwarder forwarder) {
        this.client = Objects.requireNonNull(client, "client");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.forwarder = Objects.requireNonNull(forwarder, "forwarder");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream must not be empty");
        }
    }

    /** Whether link events are resolved to their targets; default true (as for {@link Listener}). */
    public FanoutListenerBuilder resolveLinkTos(boolean value) {
        resolveLinkTos = value;
        return this;
    }

    /**
     * Hears, once, why the listener stopped on its own (the forwarder's exception, a refused
     * subscription…), just before {@link FanoutListener#completion()} fails with it. Not called
     * for {@link FanoutListener#close()}.
     */
    public FanoutListenerBuilder onError(Consumer<Throwable> hook) {
        onError = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /** The listener, not started yet. */
    public FanoutListener build() {
        return new FanoutListener(this);
    }

    /** Builds the listener and starts it; the future completes once the server confirmed. */
    public java.util.concurrent.CompletableFuture<FanoutListener> start() {
        return build().start();
    }
}
