package io.extreme.subscription;

import io.extreme.error.StreamDeletedException;
import io.extreme.event.ResolvedEvent;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Builds a {@link Listener}: {@code client.listener(stream, handler)}, then the optional
 * settings below, then {@link #start()} (or {@link #build()} to start later). Not thread-safe;
 * each call returns this builder.
 */
public interface ListenerBuilder {
    /**
     * The checkpoint to continue after, as the handler last returned it and the application
     * stored it: 0 or more. Not set (the default), the listener reads from the stream's first event.
     *
     * @throws IllegalArgumentException when {@code lastProcessed} is negative
     */
    ListenerBuilder startAfter(long lastProcessed);

    /**
     * Whether link events are resolved to their targets; default true, so that on a stream of
     * links ({@code $ce-…}, {@code $et-…}) the handler gets the event linked to while
     * {@link ResolvedEvent#originalEventNumber()} stays the link's number, the checkpoint.
     * Wins over the value in {@link #options}.
     */
    ListenerBuilder resolveLinkTos(boolean value);

    /** Read batch and queue sizes of the catch-up subscription; default {@link CatchUpOptions#defaults()}. */
    ListenerBuilder options(CatchUpOptions value);

    /**
     * Runs each time the listener has processed everything written so far and waits for new
     * events: after starting, after each resume and after a resubscription. Runs like the
     * handler (callback executor, in order with the events); throwing stops the listener.
     */
    ListenerBuilder onCaughtUp(Runnable hook);

    /**
     * Hears, once, why the listener stopped on its own (the handler's exception, a
     * {@link StreamDeletedException}…), just before {@link Listener#completion()} fails with it.
     * Not called for {@link Listener#close()}.
     */
    ListenerBuilder onError(Consumer<Throwable> hook);

    /** The listener, not started yet: {@link Listener#start()} starts it. */
    Listener build();

    /** Builds the listener and starts it; the future completes once it is in place (see {@link Listener#start()}). */
    CompletableFuture<Listener> start();
}
