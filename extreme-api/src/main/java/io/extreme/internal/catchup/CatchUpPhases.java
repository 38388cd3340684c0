package io.extreme.internal.catchup;

import io.extreme.event.ResolvedEvent;
import io.extreme.internal.operation.Events;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.DropReason;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The course of one catch-up through its phases: reading to the end, subscribing, reading the
 * gap up to the point the server confirmed, live; back to reading when the consumer falls
 * behind, the connection goes or the watchdog finds the live subscription silent; ended. Apart
 * from {@link CatchUp}, which is what users, the watchdog and the two kinds of catch-up see, so
 * that every move reads in one place. It has no lock of its own: it runs under its catch-up's,
 * which the entries from other threads take and every other method is called under.
 */
final class CatchUpPhases {
    private enum Phase { READING, SUBSCRIBING, READING_GAP, LIVE, ENDED }

    private final CatchUp owner;
    private final CatchUpSource source;
    private final CatchUpOptions options;
    private final Executor callbacks;
    private final SubscriptionWatchdog watchdog;
    private final CatchUpLog log;
    private final PageReader reader;
    /** Where the events decided on go; its bound is what keeps the catch-up's memory bounded. */
    final Outbox outbox;
    private Phase phase = Phase.READING;
    private LiveLink live;
    private boolean liveAnnounced;
    /** How many times live delivery fell back to reading; a page being queued stops when it changes. */
    private int fallBacks;
    /** Events queued since the start: the watchdog's measure of silence. */
    private long queuedSoFar;
    private int resumes;

    CatchUpPhases(CatchUp owner, CatchUpSource source, String name, Outbox.Factory outboxes, Executor callbacks,
                  SubscriptionWatchdog watchdog) {
        this.owner = owner;
        this.source = source;
        this.options = owner.options;
        this.callbacks = callbacks;
        this.watchdog = watchdog;
        this.log = new CatchUpLog(source.client().settings().connectionName(), name);
        this.reader = new PageReader(owner, this, log);
        this.outbox = outboxes.create(owner, reader::roomAgain, (reason, cause) -> end(reason, cause, true));
    }

    void start() {
        outbox.start();
        synchronized (owner) {
            reader.next();
        }
    }

    /** Whether the phase is one that reads pages (before subscribing, or the gap after). */
    boolean inReadingPhase() {
        return phase == Phase.READING || phase == Phase.READING_GAP;
    }

    /** Whether a read the connection failed is worth trying again: the client and the catch-up are still open. */
    boolean mayTryAgain() {
        return !source.client().isClosed() && phase != Phase.ENDED;
    }

    /** A page was read. */
    void onPage(Page page) {
        if (!inReadingPhase()) {
            // A page that lands after the reading phase ended must not move the cursor: its events
            // come again from the cursor, or live.
            return;
        }
        if (page.failure() != null) {
            end(page.failure(), page.cause(), false);
            return;
        }
        owner.advance(page);
        int rewinds = fallBacks;
        for (ResolvedEvent event : page.events()) {
            enqueue(event);
            if (fallBacks != rewinds || !inReadingPhase()) {
                return; // rewound to the last event queued: reading goes on from there, not from this page
            }
        }
        if (phase == Phase.READING) {
            if (page.endOfStream()) {
                subscribe();
            } else {
                reader.next();
            }
        } else if (phase == Phase.READING_GAP) {
            if (owner.reached(page, live.commitPosition, live.eventNumber)) {
                goLive();
            } else if (page.endOfStream()) {
                // The server confirmed events its index does not show yet: ask again shortly.
                CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS, callbacks).execute(() -> {
                    synchronized (owner) {
                        if (phase == Phase.READING_GAP) {
                            reader.next();
                        }
                    }
                });
            } else {
                reader.next();
            }
        }
    }

    private void enqueue(ResolvedEvent event) {
        if (owner.isNew(event)) {
            if (!outbox.offer(event)) {
                // Reads wait for room, so only live events can overflow: fall back to reading.
                fallBack();
                return;
            }
            owner.queued(event);
            queuedSoFar++;
            watchdog.activity();
        }
    }

    private void subscribe() {
        phase = Phase.SUBSCRIBING;
        // The live events held until the gap is read are bounded like the outbox they go to.
        live = new LiveLink(this, source.engine(), options.queueSize());
        source.engine().submit(live.subscribe(owner.wireStream(), options.resolveLinkTos(), source.credentials()));
    }

    private void goLive() {
        phase = Phase.LIVE;
        watchdog.arm();
        if (!liveAnnounced) {
            liveAnnounced = true;
            outbox.live();
        }
        WireResolvedEvent held;
        while (phase == Phase.LIVE && (held = live.nextHeld()) != null) {
            enqueue(Events.resolved(held));
        }
    }

    /** Lets the live link go (if any) and reads again from just after the last event queued. */
    private void fallBack() {
        fallBacks++;
        letGoOfLive();
        owner.rewind();
        phase = Phase.READING;
        reader.next();
    }

    /** Stops the watchdog and lets the live link go, with the events it held. */
    private void letGoOfLive() {
        watchdog.disarm();
        if (live != null) {
            live.abandon();
            live = null;
        }
    }

    /** The connection was lost under the live link: read from the last event queued, then subscribe again. */
    private void resume(LiveLink link, DropReason reason, Throwable cause) {
        resumes++;
        log.resuming(reason, cause, owner.resumePoint());
        link.abandoned = true; // already ended on the wire: nothing to unsubscribe
        live = null;
        fallBack();
    }

    /** See {@link SubscriptionWatchdog.Watched#movedOnWithout}. */
    boolean movedOnWithout(String head, long silentMillis, BooleanSupplier stillSilent) {
        if (phase != Phase.LIVE || !stillSilent.getAsBoolean()) {
            return false;
        }
        log.silentBehind(head, silentMillis, owner.resumePoint());
        fallBack();
        return true;
    }

    // ---- what the live link hears, on the engine thread -----------------------------------------

    void confirmed(LiveLink link, long lastCommitPosition, long lastEventNumber) {
        synchronized (owner) {
            if (link.abandoned || phase != Phase.SUBSCRIBING) {
                return;
            }
            link.commitPosition = lastCommitPosition;
            link.eventNumber = lastEventNumber;
            phase = Phase.READING_GAP;
            reader.next();
        }
    }

    void pushed(LiveLink link, WireResolvedEvent event) {
        synchronized (owner) {
            if (link.abandoned || phase == Phase.ENDED) {
                return;
            }
            if (phase == Phase.LIVE) {
                enqueue(Events.resolved(event));
            } else if (!link.hold(event)) {
                fallBack();
            }
        }
    }

    void dropped(LiveLink link, DropReason reason, Throwable cause) {
        synchronized (owner) {
            if (link.abandoned || phase == Phase.ENDED) {
                return;
            }
            if (CatchUpFailures.isTransient(reason, cause) && !source.client().isClosed()) {
                resume(link, reason, cause);
            } else {
                end(reason, cause, reason == DropReason.UNSUBSCRIBED);
            }
        }
    }

    /** Ends the catch-up; {@code now} skips the events still queued. Any thread. */
    void end(DropReason reason, Throwable cause, boolean now) {
        synchronized (owner) {
            if (phase == Phase.ENDED) {
                return;
            }
            phase = Phase.ENDED;
            letGoOfLive();
        }
        owner.ended(reason, cause);
        outbox.end(reason, cause, now);
    }

    // ---- what the catch-up shows, under its lock ------------------------------------------------

    boolean isActive() {
        return phase != Phase.ENDED;
    }

    boolean isLive() {
        return phase == Phase.LIVE;
    }

    /** The live link of this attempt, or null while reading or after the end. */
    LiveLink live() {
        return live;
    }

    long queuedSoFar() {
        return queuedSoFar;
    }

    int resumes() {
        return resumes;
    }
}
