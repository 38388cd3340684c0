package io.extreme.benchmarks.esjc.scale;

import com.github.msemys.esjc.ResolvedEvent;
import com.github.msemys.esjc.Subscription;
import com.github.msemys.esjc.SubscriptionDropReason;
import com.github.msemys.esjc.VolatileSubscriptionListener;

/**
 * One esjc subscription's handler, as its namesake in extreme-benchmarks: expects the stream's
 * events from number 0 on, each once and in order, and tells the shared {@link FanOutTally}
 * what came. One field of its own, so that it adds little to the heap measured per subscription.
 */
final class OrderedListener implements VolatileSubscriptionListener {
    private final FanOutTally tally;
    /** The event number due next; a plain field, as esjc calls a subscription's handler one event at a time. */
    private long next;

    OrderedListener(FanOutTally tally) {
        this.tally = tally;
    }

    @Override
    public void onEvent(Subscription subscription, ResolvedEvent event) {
        long number = event.originalEventNumber();
        if (number != next) {
            tally.misordered(number, next);
            if (number < next) {
                return; // a repeat: the one due next is still due
            }
        } else {
            tally.delivered(number);
        }
        next = number + 1;
    }

    @Override
    public void onClose(Subscription subscription, SubscriptionDropReason reason, Exception cause) {
        tally.dropped(reason, cause);
    }
}
