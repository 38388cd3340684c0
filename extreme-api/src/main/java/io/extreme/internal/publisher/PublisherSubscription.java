package io.extreme.internal.publisher;

import io.extreme.event.Position;
import io.extreme.subscription.CatchUpSubscription;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Flow;

/**
 * What a {@link Flow.Subscriber} of a catch-up publisher gets in {@code onSubscribe}: its demand
 * and cancel go to the outbox; it is also the {@link CatchUpSubscription} behind it, so whoever
 * wants to can look at its progress and queue ({@code isLive}, {@code maxQueuedEvents}...).
 * {@link #close} is {@link #cancel}.
 */
final class PublisherSubscription implements Flow.Subscription, CatchUpSubscription {
    private final CatchUpSubscription catchUp;
    private final PublisherOutbox outbox;

    PublisherSubscription(CatchUpSubscription catchUp, PublisherOutbox outbox) {
        this.catchUp = catchUp;
        this.outbox = outbox;
    }

    @Override
    public void request(long n) {
        outbox.request(n);
    }

    @Override
    public void cancel() {
        outbox.cancel();
    }

    @Override
    public void close() {
        outbox.cancel();
    }

    @Override
    public OptionalLong lastEventNumberQueued() {
        return catchUp.lastEventNumberQueued();
    }

    @Override
    public Optional<Position> lastPositionQueued() {
        return catchUp.lastPositionQueued();
    }

    @Override
    public boolean isLive() {
        return catchUp.isLive();
    }

    @Override
    public int queuedEvents() {
        return catchUp.queuedEvents();
    }

    @Override
    public int maxQueuedEvents() {
        return catchUp.maxQueuedEvents();
    }

    @Override
    public String streamId() {
        return catchUp.streamId();
    }

    @Override
    public long lastCommitPosition() {
        return catchUp.lastCommitPosition();
    }

    @Override
    public OptionalLong lastEventNumber() {
        return catchUp.lastEventNumber();
    }

    @Override
    public boolean isActive() {
        return catchUp.isActive();
    }

    @Override
    public String toString() {
        return "CatchUpPublisher.Subscription[" + catchUp.streamId() + "]";
    }
}
