package io.extreme.internal.catchup;

import io.extreme.ExtremeClient;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.operation.ClientFuture;
import io.extreme.internal.operation.CompletableFutureHop;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The catch-up algorithm (PROTOCOL.md §4.10), shared by streams and {@code $all}: read pages from
 * the checkpoint to the end, subscribe, read again up to the point the server confirmed, then go
 * live. Live events that arrive before that are held (bounded) and filtered by one guard: only
 * events after the last one queued pass, so nothing is lost and nothing comes twice. When the
 * handler falls behind, the live subscription is let go and reading resumes after the last
 * event queued. The same resume serves a lost connection (the subscription outlives any number
 * of reconnects and ends only when the client closes) and a live subscription gone silent while
 * its stream moved on ({@link SubscriptionWatchdog}).
 *
 * <p><b>Threads.</b> One owner for the state: the phases, the read cursor and guard, the live
 * link and the watchdog's figures belong to this catch-up's {@link SerialContext}, a serial
 * executor over the callback executor. Pushes (from the engine thread), pages (on callback
 * threads), watchdog checks (from the shared timer) and drops only hand it a task; the engine
 * thread never waits for a catch-up. A close decides the end at once with an atomic flag. The
 * accessors read volatile snapshots, and no lock is ever taken on this object, which users
 * hold: a user's {@code synchronized (subscription)} stalls nothing of ours. The handler runs
 * on its own serial delivery ({@link HandlerOutbox}), apart from the context, so a slow handler
 * never holds up the catch-up's decisions.
 *
 * <p>This class is the catch-up as its users, its watchdog and its two kinds (a stream,
 * {@code $all}) see it. The moves between phases are the {@link CatchUpPhases}'; the reads and
 * their retries the {@link PageReader}'s; the live subscription and the events it held the
 * {@link LiveLink}'s; what the log says the {@link CatchUpLog}'s.
 */
public abstract class CatchUp implements CatchUpSubscription, SubscriptionWatchdog.Watched {
    final ExtremeClient client;
    final CatchUpOptions options;
    private final String name;
    /** Off when {@link CatchUpOptions#watchdog()} is zero. */
    private final SubscriptionWatchdog watchdog;
    private final CatchUpPhases phases;
    private final Executor callbacks;
    /** Where every change of this catch-up's state runs, one task at a time. */
    private final SerialContext context;
    /** Completes when the first read was answered; fails when the catch-up ended before. See {@link #started()}. */
    private final CompletableFuture<CatchUpSubscription> started = new ClientFuture<>();
    /**
     * Whether {@link #started()}'s outcome is decided. Decided here, at once, because the future
     * itself is completed later on the callback executor: a page that both answered and ended the
     * catch-up (a hard-deleted stream) must not let the answer's success overtake the failure.
     */
    private final AtomicBoolean startDecided = new AtomicBoolean();

    /** @param outboxes builds where events go: a listener's queue, a Flow subscriber's... */
    CatchUp(CatchUpSource source, String name, CatchUpOptions options, Outbox.Factory outboxes, Executor callbacks) {
        this.client = source.client();
        this.name = name;
        this.options = options;
        this.callbacks = callbacks;
        this.context = new SerialContext(callbacks, name);
        this.watchdog = new SubscriptionWatchdog(this, options.watchdog(), context);
        this.phases = new CatchUpPhases(this, source, name, outboxes, context, watchdog);
    }

    // ---- what streams and $all do differently (and the head read of the watchdog) -------------
    // Called in the context, which owns the cursor and the guard; the guard's last value is
    // volatile in the subclasses for the accessors and the head read's answer.

    /** Reads the next page from the read cursor. */
    abstract CompletableFuture<Page> readPage();

    /** Whether {@code event} comes after the last one queued (the guard against duplicates). */
    abstract boolean isNew(ResolvedEvent event);

    /**
     * Records {@code event} as the last one queued, before it is offered: whoever sees it in the
     * handler sees the guard past it, as the accessors tell.
     *
     * @return the guard as it was, for {@link #unqueued} when the outbox refuses the event; null
     *     when the owner keeps it itself (a primitive guard would be boxed for every event)
     */
    abstract Object queued(ResolvedEvent event);

    /** The outbox refused the event last {@link #queued}: the guard goes back to {@code previous}. */
    abstract void unqueued(Object previous);

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

    // ---- the algorithm is the phases' -----------------------------------------------------------

    public void start() {
        phases.start();
    }

    /**
     * Completes with this catch-up once its first read was answered (a missing stream is an
     * answer: it is then waited for), and fails with the reason when the catch-up ended before
     * that; {@code onDropped} hears the end as always. Completes on the callback executor, so
     * that what depends on it never runs on the engine thread or in the context. A copy
     * each time, so that a caller completing it changes nothing for the others.
     */
    public CompletableFuture<CatchUpSubscription> started() {
        return started.copy();
    }

    /** A read was answered; the first answer completes {@link #started()}. In the context. */
    void readAnswered() {
        if (startDecided.compareAndSet(false, true)) {
            CompletableFutureHop.complete(callbacks, started, this);
        }
    }

    /** The catch-up ended; before its first answer, that fails {@link #started()}. Any thread. */
    void ended(DropReason reason, Throwable cause) {
        if (startDecided.compareAndSet(false, true)) {
            CompletableFutureHop.fail(callbacks, started, CatchUpFailures.startFailure(name, reason, cause));
        }
    }

    // ---- the watchdog, in the context ----------------------------------------------------------

    @Override
    public long queuedSoFar() {
        return phases.queuedSoFar();
    }

    @Override
    public boolean movedOnWithout(String head, long silentMillis, BooleanSupplier stillSilent) {
        return phases.movedOnWithout(head, silentMillis, stillSilent);
    }

    /** How many times the watchdog found the live subscription silent behind its stream and subscribed again. */
    int watchdogResubscriptions() {
        return watchdog.resubscriptions();
    }

    /** How many times a lost connection sent the subscription back to reading. */
    int resumes() {
        return phases.resumes();
    }

    // ---- Subscription: any thread, volatile reads, no lock -------------------------------------

    @Override
    public String streamId() {
        return name;
    }

    @Override
    public long lastCommitPosition() {
        LiveLink live = phases.live();
        return live == null ? -1 : live.commitPosition;
    }

    @Override
    public OptionalLong lastEventNumber() {
        LiveLink live = phases.live();
        return live == null || live.eventNumber < 0 ? OptionalLong.empty() : OptionalLong.of(live.eventNumber);
    }

    @Override
    public boolean isActive() {
        return phases.isActive();
    }

    @Override
    public boolean isLive() {
        return phases.isLive();
    }

    @Override
    public int queuedEvents() {
        return phases.outbox.queued();
    }

    @Override
    public int maxQueuedEvents() {
        return phases.outbox.maxQueued();
    }

    @Override
    public void close() {
        phases.end(DropReason.UNSUBSCRIBED, null, true);
    }

    @Override
    public String toString() {
        return "CatchUpSubscription[" + name + "]";
    }
}
