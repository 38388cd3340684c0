package io.extreme.internal.publisher;

import io.extreme.event.ResolvedEvent;
import io.extreme.internal.catchup.CatchUp;
import io.extreme.internal.catchup.Outbox;
import io.extreme.subscription.CatchUpOptions;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * A cold publisher of a catch-up subscription: each {@link #subscribe} starts a catch-up of its
 * own, from the same checkpoint, whose outbox is a {@link PublisherOutbox} in front of that
 * subscriber. It never completes: an event stream has no last event.
 */
public final class CatchUpPublisher implements Flow.Publisher<ResolvedEvent> {
    private final String name;
    private final Function<Outbox.Factory, CatchUp> catchUps;
    private final Executor callbacks;
    private final CatchUpOptions options;

    /**
     * @param catchUps builds a catch-up (not started) around the outboxes it is given
     */
    public CatchUpPublisher(String name, Function<Outbox.Factory, CatchUp> catchUps, Executor callbacks, CatchUpOptions options) {
        this.name = name;
        this.catchUps = catchUps;
        this.callbacks = callbacks;
        this.options = options;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ResolvedEvent> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber"); // rule 1.9
        CatchUp catchUp = catchUps.apply((owner, onRoom, onFailure) ->
                new PublisherOutbox(owner, subscriber, callbacks, options, onRoom, onFailure));
        catchUp.start();
    }

    @Override
    public String toString() {
        return "CatchUpPublisher[" + name + "]";
    }
}
