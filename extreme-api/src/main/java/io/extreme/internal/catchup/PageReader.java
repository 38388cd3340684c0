package io.extreme.internal.catchup;

import io.extreme.internal.connection.ReconnectPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The reads of a catch-up's reading phases: one page at a time from the cursor, only while the
 * outbox has room for a batch, and once more after a pause when the connection failed a read.
 * Apart from {@link CatchUpPhases} because its three flags are about reads alone, and the phases
 * need only "read on".
 *
 * <p><b>Threads.</b> No lock: the flags are the catch-up's {@link SerialContext}'s, and
 * {@link #next} runs in it. A page answered, the outbox's "room again" (on the handler's
 * thread) and the end of a pause (on the shared timer) are handed to the context as tasks, so a
 * page of up to a queue's worth of events is queued into the outbox in the context, never under
 * a lock another thread could wait for.
 */
final class PageReader {
    private final CatchUp catchUp;
    private final CatchUpPhases phases;
    private final SerialContext context;
    private final CatchUpLog log;
    /** The same pauses as the client's reconnects: the connection is what a failed read waits for. */
    private final ReconnectPolicy pauses;
    /** A page is being read, or a failed read waits to be tried again: one read at a time. */
    private boolean reading;
    /** The outbox had no room for a batch: the read goes when it says there is. */
    private boolean waitingForRoom;
    /** Reads failed in a row because of the connection; sets the pause before the next. */
    private int retries;

    /** @param catchUp reads the pages; {@code context} owns this reader's flags */
    PageReader(CatchUp catchUp, CatchUpPhases phases, SerialContext context, CatchUpLog log) {
        this.catchUp = catchUp;
        this.phases = phases;
        this.context = context;
        this.log = log;
        this.pauses = new ReconnectPolicy(catchUp.client.settings());
    }

    /** Reads the next page, unless the phase does not read, a read is under way, or the outbox is full. In the context. */
    void next() {
        if (!phases.inReadingPhase() || reading) {
            return; // only reading phases read, one page at a time: the page in flight goes on from the cursor
        }
        if (!phases.outbox.hasRoomForBatch()) {
            waitingForRoom = true;
            return;
        }
        waitingForRoom = false;
        reading = true;
        CompletableFuture<Page> read;
        try {
            read = catchUp.readPage();
        } catch (RuntimeException refused) { // a client that cannot take the read: the same as a failed read
            read = CompletableFuture.failedFuture(refused);
        }
        read.whenComplete((page, error) -> context.execute(() -> answered(page, error)));
    }

    /** A read came back. In the context. */
    private void answered(Page page, Throwable error) {
        if (error == null) {
            reading = false;
            retries = 0;
            // The catch-up is in place once a read was answered, and that is decided before the
            // page's events reach the handler: a handler that fails on the first of them ends a
            // catch-up that had started. A page that ends it (a hard-deleted stream) decides the
            // start as failed in onPage instead.
            if (page.failure() == null) {
                catchUp.readAnswered();
            }
            phases.onPage(page);
        } else if (CatchUpFailures.isTransient(null, error) && phases.mayTryAgain()) {
            retry(CatchUpFailures.unwrap(error)); // still "reading": nothing else reads meanwhile
        } else {
            reading = false;
            phases.end(CatchUpFailures.reasonOf(error), CatchUpFailures.unwrap(error), false);
        }
    }

    /** The outbox has room again: the read that waited for it goes now. Any thread. */
    void roomAgain() {
        context.execute(() -> {
            if (waitingForRoom) {
                waitingForRoom = false;
                next();
            }
        });
    }

    /** The read failed because of the connection: read again from the cursor after a pause. In the context. */
    private void retry(Throwable cause) {
        retries++;
        Duration pause = pauses.delay(retries - 1);
        log.readFailed(cause, pause, catchUp.resumePoint());
        SubscriptionWatchdog.later(pause, () -> context.execute(() -> {
            reading = false;
            next();
        }));
    }
}
