package io.extreme.internal.catchup;

import io.extreme.UserCredentials;
import io.extreme.internal.connection.ConnectionEngine;
import io.extreme.internal.subscription.LiveFeed;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.subscription.DropReason;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live subscription of one catch-up attempt: what the wire says goes to its catch-up's
 * {@link CatchUpPhases}, which ignore a link they have abandoned (fell back, resumed, ended). The link also keeps what
 * the gap read needs: the point the server confirmed it at, and the live events heard before the
 * read got there, which go out once it does. They belong to the link, not to the catch-up,
 * because a link let go takes them with it.
 *
 * <p><b>Threads.</b> The wire's calls ({@link #confirmed}, {@link #event}, {@link #dropped}) come
 * on the engine thread, which only hands them to the catch-up's {@link SerialContext}: it never
 * waits for the catch-up. Everything else runs in that context, which owns the fields; the
 * confirmed point and {@link #abandoned} are volatile so that accessors and the engine thread
 * may read them. At most {@link #pushLimit} pushes wait in the context at once: past that the
 * link stops taking them and the catch-up falls back to reading, as it does when its outbox is
 * full, so a context starved of threads costs no more memory than a full outbox.
 */
final class LiveLink implements LiveFeed {
    private final CatchUpPhases owner;
    private final ConnectionEngine engine;
    /** Live events heard before going live, in order; bounded by {@link #heldLimit}. The context's. */
    private final ArrayDeque<WireResolvedEvent> held = new ArrayDeque<>();
    /** The most live events held: the subscription's queue size, so a held batch fits in the outbox. */
    private final int heldLimit;
    /** The most pushes handed to the context and not yet taken: the queue size as well. */
    private final int pushLimit;
    /** Pushes handed to the context and not yet taken by it. */
    private final AtomicInteger pushesWaiting = new AtomicInteger();
    private SubscribeOperation operation;
    /** Where the server confirmed the subscription at; the gap read goes up to here. */
    volatile long commitPosition;
    volatile long eventNumber;
    volatile boolean abandoned;
    /** Pushes came faster than the context took them: the rest are left to the reads. */
    private volatile boolean overflowed;

    LiveLink(CatchUpPhases owner, ConnectionEngine engine, int heldLimit) {
        this.owner = owner;
        this.engine = engine;
        this.heldLimit = heldLimit;
        this.pushLimit = heldLimit;
    }

    /** The SubscribeToStream of this link, to hand to the engine. */
    SubscribeOperation subscribe(String wireStream, boolean resolveLinkTos, UserCredentials credentials) {
        operation = new SubscribeOperation(wireStream, resolveLinkTos, this, credentials);
        return operation;
    }

    /** Lets the subscription go: the catch-up reads again, or ended. In the context. */
    void abandon() {
        abandoned = true;
        engine.unsubscribe(operation);
    }

    /** Keeps a live event until the gap read is done; false when as many are held as the limit allows. In the context. */
    boolean hold(WireResolvedEvent event) {
        if (held.size() >= heldLimit) {
            return false;
        }
        held.add(event);
        return true;
    }

    /** The oldest live event held, taken; null when none is left. In the context. */
    WireResolvedEvent nextHeld() {
        return held.poll();
    }

    /** The context took a push handed to it: room for another. */
    void tookPush() {
        pushesWaiting.decrementAndGet();
    }

    @Override
    public void confirmed(long lastCommitPosition, long lastEventNumber) {
        owner.confirmed(this, lastCommitPosition, lastEventNumber);
    }

    @Override
    public void event(WireResolvedEvent event) {
        if (abandoned || overflowed) {
            return; // let go, or falling back: the reads bring this event again
        }
        if (pushesWaiting.incrementAndGet() > pushLimit) {
            overflowed = true;
            owner.overflowed(this);
            return;
        }
        owner.pushed(this, event);
    }

    @Override
    public void dropped(DropReason reason, Throwable cause) {
        owner.dropped(this, reason, cause);
    }
}
