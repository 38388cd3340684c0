package io.extreme.internal.listener;

import io.extreme.ExtremeClient;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;
import io.extreme.subscription.ListenerBuilder;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The settings of a {@link Listener} being built, checked as they are given. */
public final class ListenerSetup implements ListenerBuilder {
    final ExtremeClient client;
    final CatchUpStarter catchUps;
    final String stream;
    final EventHandler handler;
    /** -1 inside, for "nothing processed": the catch-up's own way of saying it, never shown to users. */
    long lastProcessedEventNumber = -1;
    boolean resolveLinkTos = true;
    CatchUpOptions options = CatchUpOptions.defaults();
    Runnable onCaughtUp = () -> { };
    Consumer<Throwable> onError = failure -> { };

    public ListenerSetup(ExtremeClient client, CatchUpStarter catchUps, String stream, EventHandler handler) {
        this.client = Objects.requireNonNull(client, "client");
        this.catchUps = Objects.requireNonNull(catchUps, "catchUps");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream must not be empty");
        }
    }

    @Override
    public ListenerBuilder startAfter(long lastProcessed) {
        if (lastProcessed < 0) {
            throw new IllegalArgumentException("lastProcessed must be 0 or more (leave it out to start from the first event), was "
                    + lastProcessed);
        }
        lastProcessedEventNumber = lastProcessed;
        return this;
    }

    @Override
    public ListenerBuilder resolveLinkTos(boolean value) {
        resolveLinkTos = value;
        return this;
    }

    @Override
    public ListenerBuilder options(CatchUpOptions value) {
        options = Objects.requireNonNull(value, "options");
        return this;
    }

    @Override
    public ListenerBuilder onCaughtUp(Runnable hook) {
        onCaughtUp = Objects.requireNonNull(hook, "hook");
        return this;
    }

    @Override
    public ListenerBuilder onError(Consumer<Throwable> hook) {
        onError = Objects.requireNonNull(hook, "hook");
        return this;
    }

    @Override
    public Listener build() {
        return new CheckpointedListener(this);
    }

    @Override
    public CompletableFuture<Listener> start() {
        return build().start();
    }
}
