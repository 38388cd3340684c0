package io.extreme.internal.catchup;

import io.extreme.ExtremeClient;
import io.extreme.event.Position;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.connection.ReconnectPolicy;
import io.extreme.internal.operation.Events;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catch-up algorithm (PROTOCOL.md §4.10), shared by streams and {@code $all}: read pages from
 * the checkpoint to the end, subscribe, read again up to the point the server confirmed, then go
 * live. Live events that arrive before that are held (bounded) and filtered by one guard: only
 * events after the last one queued pass, so nothing is lost and nothing comes twice. When the
 * handler falls behind, the live subscription is let go and reading resumes after the last
 * event queued. The same resume serves a lost connection (the subscription outlives any number
 * of reconnects and ends only when the client closes) and a live subscription gone silent while
 * its stream moved on ({@link SubscriptionWatchdog}). State changes happen under this object's
 * lock; the handler runs outside it.
 */
public abstract class CatchUp implements CatchUpSubscription, SubscriptionWatchdog.Watched {
    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private enum Phase { READING, SUBSCRIBING, READING_GAP, LIVE, ENDED }

    final ExtremeClient client;
    private final CatchUpSource source;
    final CatchUpOptions options;
    private final String name;
    private final Outbox outbox;
    private final Executor callbacks;
    private final ArrayDeque<io.extreme.spi.message.ResolvedEvent> held = new ArrayDeque<>();
    private Phase phase = Phase.READING;
    private LiveLink live;
    private boolean liveAnnounced;
    private boolean readWaitingForRoom;
    /** How many times live delivery fell back to reading; a page being queued stops when it changes. */
    private int fallBacks;
    /** A page is being read, or a failed read waits to be tried again: one read at a time. */
    private boolean reading;
    /** Reads failed in a row because of the connection; sets the pause before the next. */
    private int readRetries;
    /** Events queued since the start: the watchdog's measure of silence. */
    private long queuedSoFar;
    /** Null when {@link CatchUpOptions#watchdog()} is zero. */
    private final SubscriptionWatchdog watchdog;
    private int resumes;

    /** @param outboxes builds where events go: a listener's queue, a Flow subscriber's... */
    CatchUp(CatchUpSource source, String name, CatchUpOptions options, Outbox.Factory outboxes, Executor callbacks) {
        this.source = source;
        this.client = source.client();
        this.name = name;
        this.options = options;
        this.callbacks = callbacks;
        this.watchdog = options.watchdog().isZero() ? null : new SubscriptionWatchdog(this, options.watchdog());
        this.outbox = outboxes.create(this, this::roomForReads, (reason, cause) -> end(reason, cause, true));
    }

    // ---- what streams and $all do differently (and the head read of the watchdog) -------------

    /** Reads the next page from the read cursor. */
    abstract CompletableFuture<Page> readPage();

    /** Whether {@code event} comes after the last one queued (the guard against duplicates). */
    abstract boolean isNew(ResolvedEvent event);

    /** Records {@code event} as the last one queued, and moves the read cursor past it. */
    abstract void queued(ResolvedEvent event);

    /** Moves the read cursor back to just after the last event queued. */
    abstract void rewind();

    /** Whether reading has reached the point the server confirmed the live subscription at. */
    abstract boolean reached(Page page, long confirmedCommitPosition, long confirmedEventNumber);

    /** The stream id for SubscribeToStream (empty for {@code $all}). */
    abstract String wireStream();

    /** Moves the read cursor to where {@code page} says the next one starts. */
    abstract void advance(Page page);

    /** Where reading goes on from, for the log: {@code "the start"}, {@code "after event 41"}, {@code "after position 1200/1200"}. */
    abstract String resumePoint();

    /**
     * One page read: its events, whether it was the last, where the next starts, and a failure
     * to end with instead.
     */
    record Page(List<ResolvedEvent> events, boolean endOfStream, boolean missing, long nextEventNumber,
                Position nextPosition, DropReason failure, Throwable cause) {
        static Page failed(DropReason reason, Throwable cause) {
            return new Page(List.of(), true, false, -1, null, reason, cause);
        }
    }

    // ---- the algorithm --------------------------------------------------------------------------

    public void start() {
        outbox.start();
        synchronized (this) {
            readNext();
        }
    }

    private void readNext() {
        if ((phase != Phase.READING && phase != Phase.READING_GAP) || reading) {
            return; // only reading phases read, one page at a time: the page in flight goes on from the cursor
        }
        if (!outbox.hasRoomForBatch()) {
            readWaitingForRoom = true;
            return;
        }
        readWaitingForRoom = false;
        reading = true;
        readPage().whenComplete((page, error) -> {
            synchronized (this) {
                if (error == null) {
                    reading = false;
                    readRetries = 0;
                    onPage(page);
                } else if (CatchUpFailures.isTransient(null, error) && !clientClosed() && phase != Phase.ENDED) {
                    retryRead(CatchUpFailures.unwrap(error)); // still "reading": nothing else reads meanwhile
                } else {
                    reading = false;
                    end(CatchUpFailures.reasonOf(error), CatchUpFailures.unwrap(error), false);
                }
            }
        });
    }

    /** The read failed because of the connection: read again from the cursor after a pause. */
    private void retryRead(Throwable cause) {
        readRetries++;
        // The same pauses as the client's reconnects: the connection is what the read waits for.
        Duration pause = new ReconnectPolicy(client.settings()).delay(readRetries - 1);
        log.info("[{}] a read of the catch-up subscription to {} failed ({}); reading again in {} ms from {}",
                client.settings().connectionName(), name, cause.getMessage(), pause.toMillis(), resumePoint());
        SubscriptionWatchdog.later(pause, () -> {
            synchronized (this) {
                reading = false;
                readNext();
            }
        });
    }

    private boolean clientClosed() {
        return source.engine().isClosed();
    }

    private void roomForReads() {
        synchronized (this) {
            if (readWaitingForRoom) {
                readWaitingForRoom = false;
                readNext();
            }
        }
    }

    private void onPage(Page page) {
        if (phase != Phase.READING && phase != Phase.READING_GAP) {
            // A page that lands after the reading phase ended must not move the cursor: its events
            // come again from the cursor, or live.
            return;
        }
        if (page.failure() != null) {
            end(page.failure(), page.cause(), false);
            return;
        }
        advance(page);
        int rewinds = fallBacks;
        for (ResolvedEvent event : page.events()) {
            enqueue(event);
            if (fallBacks != rewinds || (phase != Phase.READING && phase != Phase.READING_GAP)) {
                return; // rewound to the last event queued: reading goes on from there, not from this page
            }
        }
        if (phase == Phase.READING) {
            if (page.endOfStream()) {
                subscribe();
            } else {
                readNext();
            }
        } else if (phase == Phase.READING_GAP) {
            if (reached(page, live.commitPosition, live.eventNumber)) {
                goLive();
            } else if (page.endOfStream()) {
                // The server confirmed events its index does not show yet: ask again shortly.
                CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS, callbacks).execute(() -> {
                    synchronized (this) {
                        if (phase == Phase.READING_GAP) {
                            readNext();
                        }
                    }
                });
            } else {
                readNext();
            }
        }
    }

    private void enqueue(ResolvedEvent event) {
        if (isNew(event)) {
            if (!outbox.offer(event)) {
                // Reads wait for room, so only live events can overflow: fall back to reading.
                fallBack();
                return;
            }
            queued(event);
            queuedSoFar++;
            if (watchdog != null) {
                watchdog.activity();
            }
        }
    }

    private void subscribe() {
        phase = Phase.SUBSCRIBING;
        live = new LiveLink(this, source.engine());
        source.engine().submit(live.subscribe(wireStream(), options.resolveLinkTos(), source.credentials()));
    }

    private void goLive() {
        phase = Phase.LIVE;
        if (watchdog != null) {
            watchdog.arm();
        }
        if (!liveAnnounced) {
            liveAnnounced = true;
            outbox.live();
        }
        while (!held.isEmpty() && phase == Phase.LIVE) {
            enqueue(Events.resolved(held.poll()));
        }
    }

    /** Lets the live link go (if any) and reads again from just after the last event queued. */
    private void fallBack() {
        fallBacks++;
        if (watchdog != null) {
            watchdog.disarm();
        }
        if (live != null) {
            live.abandon();
            live = null;
        }
        held.clear();
        rewind();
        phase = Phase.READING;
        readNext();
    }

    /** The connection was lost under the live link: read from the last event queued, then subscribe again. */
    private void resume(LiveLink link, DropReason reason, Throwable cause) {
        resumes++;
        log.info("[{}] the catch-up subscription to {} lost its live subscription ({}{}); resuming from {}",
                client.settings().connectionName(), name, reason, cause == null ? "" : ": " + cause.getMessage(),
                resumePoint());
        link.abandoned = true; // already ended on the wire: nothing to unsubscribe
        live = null;
        fallBack();
    }

    // ---- the watchdog -------------------------------------------------------------------------

    @Override
    public synchronized long queuedSoFar() {
        return queuedSoFar;
    }

    @Override
    public synchronized boolean movedOnWithout(String head, long silentMillis, BooleanSupplier stillSilent) {
        if (phase != Phase.LIVE || !stillSilent.getAsBoolean()) {
            return false;
        }
        log.warn("[{}] subscription to {} saw nothing for {} ms while the stream moved on to {}; subscribing again from {}",
                client.settings().connectionName(), name, silentMillis, head, resumePoint());
        fallBack();
        return true;
    }

    /** How many times the watchdog found the live subscription silent behind its stream and subscribed again. */
    int watchdogResubscriptions() {
        return watchdog == null ? 0 : watchdog.resubscriptions();
    }

    /** How many times a lost connection sent the subscription back to reading. */
    synchronized int resumes() {
        return resumes;
    }

    // ---- what the live link hears, on the engine thread -----------------------------------------

    synchronized void confirmed(LiveLink link, long lastCommitPosition, long lastEventNumber) {
        if (link.abandoned || phase != Phase.SUBSCRIBING) {
            return;
        }
        link.commitPosition = lastCommitPosition;
        link.eventNumber = lastEventNumber;
        phase = Phase.READING_GAP;
        readNext();
    }

    synchronized void pushed(LiveLink link, io.extreme.spi.message.ResolvedEvent event) {
        if (link.abandoned || phase == Phase.ENDED) {
            return;
        }
        if (phase == Phase.LIVE) {
            enqueue(Events.resolved(event));
        } else if (held.size() < options.queueSize()) {
            held.add(event);
        } else {
            fallBack();
        }
    }

    synchronized void dropped(LiveLink link, DropReason reason, Throwable cause) {
        if (link.abandoned || phase == Phase.ENDED) {
            return;
        }
        if (CatchUpFailures.isTransient(reason, cause) && !clientClosed()) {
            resume(link, reason, cause);
        } else {
            end(reason, cause, reason == DropReason.UNSUBSCRIBED);
        }
    }

    // ---- the end ------------------------------------------------------------------------------

    private void end(DropReason reason, Throwable cause, boolean now) {
        synchronized (this) {
            if (phase == Phase.ENDED) {
                return;
            }
            phase = Phase.ENDED;
            if (watchdog != null) {
                watchdog.disarm();
            }
            if (live != null) {
                live.abandon();
                live = null;
            }
            held.clear();
        }
        outbox.end(reason, cause, now);
    }

    // ---- Subscription -------------------------------------------------------------------------

    @Override
    public String streamId() {
        return name;
    }

    @Override
    public synchronized long lastCommitPosition() {
        return live == null ? -1 : live.commitPosition;
    }

    @Override
    public synchronized long lastEventNumber() {
        return live == null ? -1 : live.eventNumber;
    }

    @Override
    public synchronized boolean isActive() {
        return phase != Phase.ENDED;
    }

    @Override
    public synchronized boolean isLive() {
        return phase == Phase.LIVE;
    }

    @Override
    public int queuedEvents() {
        return outbox.queued();
    }

    @Override
    public int maxQueuedEvents() {
        return outbox.maxQueued();
    }

    @Override
    public void close() {
        end(DropReason.UNSUBSCRIBED, null, true);
    }

    @Override
    public String toString() {
        return "CatchUpSubscription[" + name + "]";
    }
}
