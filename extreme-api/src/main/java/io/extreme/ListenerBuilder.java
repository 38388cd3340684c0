package io.extreme;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a {@link Listener}: {@code Listener.builder(client, stream, handler)}, then the optional
 * settings below, then {@link #start()} (or {@link #build()} to start later).
 */
public final class ListenerBuilder {
    final ExtremeClient client;
    final String stream;
    final EventHandler handler;
    long lastProcessedEventNumber = -1;
    boolean resolveLinkTos = true;
    CatchUpOptions options = CatchUpOptions.defaults();
    Runnable onCaughtUp = () -> { };
    Consumer<Throwable> onError = failure -> { };

    ListenerBuilder(ExtremeClient client, String stream, EventHandler handler) {
        this.client = Objects.requireNonNull(client, "client");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream must not be empty");
        }
    }

    /**
     * The checkpoint to continue after, as the handler last returned it and the application
     * stored it; -1 (the default) when nothing was processed yet: from the stream's first event.
     */
    public ListenerBuilder lastProcessedEventNumber(long value) {
        if (value < -1) {
            throw new IllegalArgumentException("lastProcessedEventNumber must be -1 or more, was " + value);
        }
        lastProcessedEventNumber = value;
        return this;
    }

    /**
     * Whether link events are resolved to their targets; default true, so that on a stream of
     * links ({@code $ce-…}, {@code $et-…}) the handler gets the event linked to while
     * {@link ResolvedEvent#originalEventNumber()} stays the link's number, the checkpoint.
     * Wins over the value in {@link #options}.
     */
    public ListenerBuilder resolveLinkTos(boolean value) {
        resolveLinkTos = value;
        return this;
    }

    /** Read batch and queue sizes of the catch-up subscription; default {@link CatchUpOptions#defaults()}. */
    public ListenerBuilder options(CatchUpOptions value) {
        options = Objects.requireNonNull(value, "options");
        return this;
    }

    /**
     * Runs each time the listener has processed everything written so far and waits for new
     * events: after starting, after each resume and after a resubscription. Runs like the
     * handler (callback executor, in order with the events); throwing stops the listener.
     */
    public ListenerBuilder onCaughtUp(Runnable hook) {
        onCaughtUp = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /**
     * Hears, once, why the listener stopped on its own (the handler's exception, a
     * {@link StreamDeletedException}…), just before {@link Listener#completion()} fails with it.
     * Not called for {@link Listener#close()}.
     */
    public ListenerBuilder onError(Consumer<Throwable> hook) {
        onError = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /** The listener, not started yet. */
    public Listener build() {
        return new Listener(this);
    }

    /** Builds the listener and starts it. */
    public Listener start() {
        return build().start();
    }
}
