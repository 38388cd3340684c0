package io.extreme.internal.listener;

import io.extreme.ExtremeClient;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.FanoutListenerBuilder;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The settings of a {@link FanoutListener} being built, checked as they are given. */
public final class FanoutSetup implements FanoutListenerBuilder {
    final ExtremeClient client;
    final String stream;
    final FanoutListener.Forwarder forwarder;
    boolean resolveLinkTos = true;
    Consumer<Throwable> onError = failure -> { };

    public FanoutSetup(ExtremeClient client, String stream, FanoutListener.Forwarder forwarder) {
        this.client = Objects.requireNonNull(client, "client");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.forwarder = Objects.requireNonNull(forwarder, "forwarder");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream must not be empty");
        }
    }

    @Override
    public FanoutListenerBuilder resolveLinkTos(boolean value) {
        resolveLinkTos = value;
        return this;
    }

    @Override
    public FanoutListenerBuilder onError(Consumer<Throwable> hook) {
        onError = Objects.requireNonNull(hook, "hook");
        return this;
    }

    @Override
    public FanoutListener build() {
        return new LiveFanout(this);
    }

    @Override
    public CompletableFuture<FanoutListener> start() {
        return build().start();
    }
}
