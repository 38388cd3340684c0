package io.extreme.internal;

import io.extreme.AccessDeniedException;
import io.extreme.CatchUpOptions;
import io.extreme.CatchUpSubscription;
import io.extreme.ConnectionClosedException;
import io.extreme.DropReason;
import io.extreme.ResolvedEvent;
import io.extreme.StreamDeletedException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The catch-up algorithm (PROTOCOL.md §4.10), shared by streams and {@code $all}: read pages from
 * the checkpoint to the end, subscribe, read again up to the point the server confirmed, then go
 * live. Live events that arrive before that are held (bounded) and filtered by one guard: only
 * events after the last one queued pass, so nothing is lost and nothing comes twice. When the
 * handler falls behind, the live subscription is let go and reading resumes after the last
 * event queued. State changes happen under this object's lock; the handler runs outside it.
 */
abstract class CatchUp implements CatchUpSubscription {
    private enum Phase { READING, SUBSCRIBING, READING_GAP, LIVE, ENDED }

    final ClientView client;
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
    /** A page is being read: one read at a time, whatever asks for the next (room, fall-back, a retry). */
    private boolean reading;

    /** @param outboxes builds where events go: a listener's queue, a Flow subscriber's... */
    CatchUp(ClientView client, String name, CatchUpOptions options, Outbox.Factory outboxes, Executor callbacks) {
        this.client = client;
        this.name = name;
        this.options = options;
        this.callbacks = callbacks;
        this.outbox = outboxes.create(this, this::roomForReads, (reason, cause) -> end(reason, cause, true));
    }

    // ---- what streams and $all do differently -----------------------------------------------

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

    /**
     * One page read: its events, whether it was the last, where the next starts, and a failure
     * to end with instead.
     */
    record Page(List<ResolvedEvent> events, boolean endOfStream, boolean missing, long nextEventNumber,
                io.extreme.Position nextPosition, DropReason failure, Throwable cause) {
        static Page failed(DropReason reason, Throwable cause) {
            return new Page(List.of(), true, false, -1, null, reason, cause);
        }
    }

    // ---- the algorithm --------------------------------------------------------------------------

    void start() {
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
                reading = false;
                if (error != null) {
                    end(reasonOf(error), unwrap(error), false);
                } else {
                    onPage(page);
                }
            }
        });
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
        }
    }

    private void subscribe() {
        phase = Phase.SUBSCRIBING;
        live = new LiveLink();
        SubscribeOperation operation = new SubscribeOperation(wireStream(), options.resolveLinkTos(), live, client.credentials());
        live.operation = operation;
        client.core().engine.submit(operation);
    }

    private void goLive() {
        phase = Phase.LIVE;
        if (!liveAnnounced) {
            liveAnnounced = true;
            outbox.live();
        }
        while (!held.isEmpty() && phase == Phase.LIVE) {
            enqueue(Events.resolved(held.poll()));
        }
    }

    private void fallBack() {
        fallBacks++;
        if (live != null) {
            live.abandon();
            live = null;
        }
        held.clear();
        rewind();
        phase = Phase.READING;
        readNext();
    }

    /** The live subscription of one attempt; abandoned ones are ignored when they end. */
    private final class LiveLink implements LiveFeed {
        SubscribeOperation operation;
        long commitPosition;
        long eventNumber;
        private boolean abandoned;

        void abandon() {
            abandoned = true;
            client.core().engine.unsubscribe(operation);
        }

        @Override
        public void confirmed(long lastCommitPosition, long lastEventNumber) {
            synchronized (CatchUp.this) {
                if (abandoned || phase != Phase.SUBSCRIBING) {
                    return;
                }
                commitPosition = lastCommitPosition;
                eventNumber = lastEventNumber;
                phase = Phase.READING_GAP;
                readNext();
            }
        }

        @Override
        public void event(io.extreme.spi.message.ResolvedEvent event) {
            synchronized (CatchUp.this) {
                if (abandoned || phase == Phase.ENDED) {
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
        }

        @Override
        public void dropped(DropReason reason, Throwable cause) {
            synchronized (CatchUp.this) {
                if (!abandoned) {
                    end(reason, cause, reason == DropReason.UNSUBSCRIBED);
                }
            }
        }
    }

    // ---- the end ------------------------------------------------------------------------------

    private void end(DropReason reason, Throwable cause, boolean now) {
        synchronized (this) {
            if (phase == Phase.ENDED) {
                return;
            }
            phase = Phase.ENDED;
            if (live != null) {
                live.abandon();
                live = null;
            }
            held.clear();
        }
        outbox.end(reason, cause, now);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static DropReason reasonOf(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AccessDeniedException) {
            return DropReason.ACCESS_DENIED;
        }
        if (cause instanceof StreamDeletedException) {
            return DropReason.STREAM_DELETED;
        }
        if (cause instanceof ConnectionClosedException) {
            return DropReason.CONNECTION_CLOSED;
        }
        return DropReason.SERVER_ERROR;
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
