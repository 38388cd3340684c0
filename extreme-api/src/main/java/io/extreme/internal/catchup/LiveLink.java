package io.extreme.internal.catchup;

import io.extreme.UserCredentials;
import io.extreme.internal.connection.ConnectionEngine;
import io.extreme.internal.subscription.LiveFeed;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.subscription.DropReason;
import java.util.ArrayDeque;

/**
 * The live subscription of one catch-up attempt: what the wire says goes to its catch-up's
 * {@link CatchUpPhases}, which ignore a link they have abandoned (fell back, resumed, ended). The link also keeps what
 * the gap read needs: the point the server confirmed it at, and the live events heard before the
 * read got there, which go out once it does. They belong to the link, not to the catch-up,
 * because a link let go takes them with it. Its fields are guarded by the catch-up's lock.
 */
final class LiveLink implements LiveFeed {
    private final CatchUpPhases owner;
    private final ConnectionEngine engine;
    /** Live events heard before going live, in order; bounded by {@link #heldLimit}. */
    private final ArrayDeque<WireResolvedEvent> held = new ArrayDeque<>();
    /** The most live events held: the subscription's queue size, so a held batch fits in the outbox. */
    private final int heldLimit;
    private SubscribeOperation operation;
    /** Where the server confirmed the subscription at; the gap read goes up to here. */
    long commitPosition;
    long eventNumber;
    boolean abandoned;

    LiveLink(CatchUpPhases owner, ConnectionEngine engine, int heldLimit) {
        this.owner = owner;
        this.engine = engine;
        this.heldLimit = heldLimit;
    }

    /** The SubscribeToStream of this link, to hand to the engine. */
    SubscribeOperation subscribe(String wireStream, boolean resolveLinkTos, UserCredentials credentials) {
        operation = new SubscribeOperation(wireStream, resolveLinkTos, this, credentials);
        return operation;
    }

    /** Lets the subscription go: the catch-up reads again, or ended. */
    void abandon() {
        abandoned = true;
        engine.unsubscribe(operation);
    }

    /** Keeps a live event until the gap read is done; false when as many are held as the limit allows. */
    boolean hold(WireResolvedEvent event) {
        if (held.size() >= heldLimit) {
            return false;
        }
        held.add(event);
        return true;
    }

    /** The oldest live event held, taken; null when none is left. */
    WireResolvedEvent nextHeld() {
        return held.poll();
    }

    @Override
    public void confirmed(long lastCommitPosition, long lastEventNumber) {
        owner.confirmed(this, lastCommitPosition, lastEventNumber);
    }

    @Override
    public void event(WireResolvedEvent event) {
        owner.pushed(this, event);
    }

    @Override
    public void dropped(DropReason reason, Throwable cause) {
        owner.dropped(this, reason, cause);
    }
}
