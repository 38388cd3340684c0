package io.extreme.internal.catchup;

import io.extreme.event.ResolvedEvent;
import io.extreme.internal.operation.Events;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.DropReason;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The course of one catch-up through its phases: reading to the end, subscribing, reading the
 * gap up to the point the server confirmed, live; back to reading when the consumer falls
 * behind, the connection goes or the watchdog finds the live subscription silent; ended. Apart
 * from {@link CatchUp}, which is what users, the watchdog and the two kinds of catch-up see, so
 * that every move reads in one place.
 *
 * <p><b>Threads.</b> No lock: the catch-up's {@link SerialContext} owns the phase, the live link,
 * the counters and the reader, and every method here runs in it, except the entries that say
 * "any thread": those only hand a task to the context ({@link #confirmed}, {@link #pushed},
 * {@link #dropped} from the engine thread; {@link #start}), or decide the end at once with one
 * atomic flag and leave the rest to the context ({@link #end}). The phase, the live link and
 * the counters are volatile so that the catch-up's accessors read them from any thread without
 * waiting for the context.
 */
final class CatchUpPhases {
    private enum Phase { READING, SUBSCRIBING, READING_GAP, LIVE, ENDED }

    private final CatchUp owner;
    private final CatchUpSource source;
    private final CatchUpOptions options;
    private final SubscriptionWatchdog watchdog;
    private final CatchUpLog log;
    /** Where every change of this catch-up's state runs, one at a time. */
    private final SerialContext context;
    private final PageReader reader;
    /** Where the events decided on go; its bound is what keeps the catch-up's memory bounded. */
    final Outbox outbox;
    /** Written in the context only; volatile for the accessors. */
    private volatile Phase phase = Phase.READING;
    /** Set once, by whoever ends the catch-up first, on any thread: every task after it does nothing. */
    private final AtomicBoolean ending = new AtomicBoolean();
    private volatile LiveLink live;
    private boolean liveAnnounced;
    /** How many times live delivery fell back to reading; a page being queued stops when it changes. */
    private int fallBacks;
    /** Events queued since the start: the watchdog's measure of silence. */
    private volatile long queuedSoFar;
    private volatile int resumes;

    CatchUpPhases(CatchUp owner, CatchUpSource source, String name, Outbox.Factory outboxes, SerialContext context,
                  SubscriptionWatchdog watchdog) {
        this.owner = owner;
        this.source = source;
        this.options = owner.options;
        this.watchdog = watchdog;
        this.context = context;
        this.log = new CatchUpLog(source.client().settings().connectionName(), name);
        this.reader = new PageReader(owner, this, context, log);
        this.outbox = outboxes.create(owner, reader::roomAgain, (reason, cause) -> end(reason, cause, true));
    }

    /** Greets the outbox and has the context read the first page. Any thread. */
    void start() {
        outbox.start();
        context.execute(reader::next);
    }

    /** Whether the catch-up was ended (its context may not have heard yet). Any thread. */
    boolean ended() {
        return ending.get();
    }

    /** Whether the phase is one that reads pages (before subscribing, or the gap after). */
    boolean inReadingPhase() {
        return !ended() && (phase == Phase.READING || phase == Phase.READING_GAP);
    }

    /** Whether a read the connection failed is worth trying again: the client and the catch-up are still open. */
    boolean mayTryAgain() {
        return !source.client().isClosed() && !ended();
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
        outbox.beginBatch();
        try {
            for (ResolvedEvent event : page.events()) {
                enqueue(event);
                if (fallBacks != rewinds || !inReadingPhase()) {
                    return; // rewound to the last event queued: reading goes on from there, not from this page
                }
            }
        } finally {
            outbox.endBatch(); // the page's events go to the handler together, before anything after them
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
                CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS, context).execute(() -> {
                    if (phase == Phase.READING_GAP) {
                        reader.next();
                    }
                });
            } else {
                reader.next();
            }
        }
    }

    private void enqueue(ResolvedEvent event) {
        if (owner.isNew(event)) {
            Object previous = owner.queued(event); // first, so that the handler never runs ahead of the guard
            if (!outbox.offer(event)) {
                // Reads wait for room, so only live events can overflow: fall back to reading.
                owner.unqueued(previous);
                fallBack();
                return;
            }
            queuedSoFar++; // the context is the only writer
            watchdog.activity();
        }
    }

    private void subscribe() {
        if (ended()) {
            return;
        }
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
        while (phase == Phase.LIVE && !ended() && (held = live.nextHeld()) != null) {
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
        if (ended() || phase != Phase.LIVE || !stillSilent.getAsBoolean()) {
            return false;
        }
        log.silentBehind(head, silentMillis, owner.resumePoint());
        fallBack();
        return true;
    }

    // ---- what the live link hears, on the engine thread: handed to the context ------------------

    void confirmed(LiveLink link, long lastCommitPosition, long lastEventNumber) {
        context.execute(() -> {
            if (link.abandoned || ended() || phase != Phase.SUBSCRIBING) {
                return;
            }
            link.commitPosition = lastCommitPosition;
            link.eventNumber = lastEventNumber;
            phase = Phase.READING_GAP;
            reader.next();
        });
    }

    /** A push the link admitted (its bound is the link's). */
    void pushed(LiveLink link, WireResolvedEvent event) {
        context.execute(() -> {
            link.tookPush();
            if (link.abandoned || ended()) {
                return;
            }
            if (phase == Phase.LIVE) {
                enqueue(Events.resolved(event));
            } else if (!link.hold(event)) {
                fallBack();
            }
        });
    }

    /** Pushes came faster than the context took them: after those it took, read the rest. */
    void overflowed(LiveLink link) {
        context.execute(() -> {
            if (!link.abandoned && !ended()) {
                fallBack();
            }
        });
    }

    void dropped(LiveLink link, DropReason reason, Throwable cause) {
        context.execute(() -> {
            if (link.abandoned || ended()) {
                return;
            }
            if (CatchUpFailures.isTransient(reason, cause) && !source.client().isClosed()) {
                resume(link, reason, cause);
            } else {
                end(reason, cause, reason == DropReason.UNSUBSCRIBED);
            }
        });
    }

    /**
     * Ends the catch-up; {@code now} skips the events still queued. Any thread: the end is decided
     * here, at once (no task of the context queues anything after it), and the context lets the
     * live link go in its turn.
     */
    void end(DropReason reason, Throwable cause, boolean now) {
        if (!ending.compareAndSet(false, true)) {
            return;
        }
        context.execute(() -> {
            phase = Phase.ENDED;
            letGoOfLive();
        });
        owner.ended(reason, cause);
        outbox.end(reason, cause, now);
    }

    // ---- what the catch-up shows, from any thread (volatile reads) ------------------------------

    boolean isActive() {
        return !ended();
    }

    boolean isLive() {
        return !ended() && phase == Phase.LIVE;
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
