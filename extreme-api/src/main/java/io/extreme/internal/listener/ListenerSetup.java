package io.extreme.internal.listener;

import io.extreme.ExtremeClient;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.Listener;
import io.extreme.subscription.ListenerBuilder;
import java.util.Objects;
import java.util.function.Consumer;

/** The settings of a {@link Listener} being built, checked as they are given. */
public final class ListenerSetup implements ListenerBuilder {
    final ExtremeClient client;
    final String stream;
    final EventHandler handler;
    long lastProcessedEventNumber = -1;
    boolean resolveLinkTos = true;
    CatchUpOptions options = CatchUpOptions.defaults();
    Runnable onCaughtUp = () -> { };
    Consumer<Throwable> onError = failure -> { };

    public ListenerSetup(ExtremeClient client, String stream, EventHandler handler) {
        this.client = Objects.requireNonNull(client, "client");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream must not be empty");
        }
    }

    @Override
    public ListenerBuilder lastProcessedEventNumber(long value) {
        if (value < -1) {
            throw new IllegalArgumentException("lastProcessedEventNumber must be -1 or more, was " + value);
        }
        lastProcessedEventNumber = value;
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
    public Listener start() {
        return build().start();
    }
}
