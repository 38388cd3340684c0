package io.extreme.internal.catchup;

import io.extreme.UserCredentials;
import io.extreme.internal.connection.ConnectionEngine;
import io.extreme.internal.subscription.LiveFeed;
import io.extreme.internal.subscription.SubscribeOperation;
import io.extreme.spi.message.ResolvedEvent;
import io.extreme.subscription.DropReason;

/**
 * The live subscription of one catch-up attempt: what the wire says goes to its {@link CatchUp},
 * which ignores a link it has abandoned (fell back, resumed, ended). Its fields are guarded by
 * the catch-up's lock.
 */
final class LiveLink implements LiveFeed {
    private final CatchUp owner;
    private final ConnectionEngine engine;
    private SubscribeOperation operation;
    /** Where the server confirmed the subscription at; the gap read goes up to here. */
    long commitPosition;
    long eventNumber;
    boolean abandoned;

    LiveLink(CatchUp owner, ConnectionEngine engine) {
        this.owner = owner;
        this.engine = engine;
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

    @Override
    public void confirmed(long lastCommitPosition, long lastEventNumber) {
        owner.confirmed(this, lastCommitPosition, lastEventNumber);
    }

    @Override
    public void event(ResolvedEvent event) {
        owner.pushed(this, event);
    }

    @Override
    public void dropped(DropReason reason, Throwable cause) {
        owner.dropped(this, reason, cause);
    }
}
