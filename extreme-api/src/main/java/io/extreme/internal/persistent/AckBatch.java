package io.extreme.internal.persistent;

import io.extreme.persistent.NackAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The acks and nacks a consumer has decided on but not yet sent, so that many go in one frame
 * (PersistentSubscriptionAckEvents and NakEvents carry a list of ids). Any thread may add: the
 * handler's auto-ack and a user's explicit calls alike.
 *
 * <p>A batch is sent when it holds {@code threshold} ids, when {@link #WINDOW_MILLIS} have passed
 * since its first id, and when the consumer flushes it before it unsubscribes. The threshold is
 * the smaller of {@link #MAX_IDS_PER_FRAME} and the consumer's buffer size: the server pushes no
 * more than the buffer size unacknowledged, so once that many ids wait nothing else will come
 * until they are sent, and waiting out the window would only stall the stream.
 *
 * <p>The pending buffer is bounded by the threshold: it never holds more ids than one frame
 * takes, across acks and all nack groups together. An id waiting in the batch is not taken a
 * second time, whether as ack or nack: the first decision stands, as it does on the server,
 * which ignores an ack or nack for an event it no longer holds. (An id already sent may be sent
 * again: the server may have redelivered that event, and then the ack is due.)
 *
 * <p><b>Threads.</b> Ids come from the handler's thread and the user's; the window's flush runs
 * on the engine thread. The lock is private and held only to move ids in and out of the
 * batch: frames and timers go to the engine after it is let go, and no user code runs under
 * it, so the engine thread never waits on it for longer than a few list operations.
 */
final class AckBatch {
    /**
     * The most ids in one frame. The .NET client limits a manual batch to 2,000 ids
     * (PROTOCOL.md §4.11); the server's own limit is not documented, so we keep to the .NET one.
     * 2,000 ids are about 36 KB of payload, far below the frame-size limit.
     */
    static final int MAX_IDS_PER_FRAME = 2000;

    /** How long an id may wait for others: short against any message timeout, long against a handler. */
    static final long WINDOW_MILLIS = 2;

    /** Where batches go: frames to the server, and a timer for the window. */
    interface Sink {
        void ack(List<UUID> eventIds);

        void nack(List<UUID> eventIds, NackAction action, String reason);

        /** Runs {@code flush} once after {@code millis}, on any thread; nothing if the client has stopped. */
        void later(long millis, Runnable flush);
    }

    /** Nacks go in one frame only with the same action and reason. */
    private record NackKey(NackAction action, String reason) {
    }

    private final Sink sink;
    private final int threshold;
    private final Object lock = new Object();
    private final Set<UUID> pending = new HashSet<>();
    private List<UUID> acks = new ArrayList<>();
    private Map<NackKey, List<UUID>> nacks = new LinkedHashMap<>();
    private boolean timerArmed;

    /** @param bufferSize the consumer's in-flight allowance, at least 1 */
    AckBatch(Sink sink, int bufferSize) {
        this.sink = sink;
        this.threshold = Math.max(1, Math.min(MAX_IDS_PER_FRAME, bufferSize));
    }

    void ack(List<UUID> eventIds) {
        add(eventIds, null);
    }

    void nack(List<UUID> eventIds, NackAction action, String reason) {
        add(eventIds, new NackKey(action, reason));
    }

    private void add(List<UUID> eventIds, NackKey nack) {
        for (UUID id : eventIds) {
            Runnable full = null;
            boolean arm = false;
            synchronized (lock) {
                if (!pending.add(id)) {
                    continue;
                }
                if (nack == null) {
                    acks.add(id);
                } else {
                    nacks.computeIfAbsent(nack, k -> new ArrayList<>()).add(id);
                }
                if (pending.size() >= threshold) {
                    full = take();
                } else if (!timerArmed) {
                    timerArmed = true;
                    arm = true;
                }
            }
            // Outside the lock: the sink hands frames and timers to the engine.
            if (arm) {
                sink.later(WINDOW_MILLIS, this::windowPassed);
            }
            if (full != null) {
                full.run();
            }
        }
    }

    private void windowPassed() {
        Runnable send;
        synchronized (lock) {
            timerArmed = false;
            send = take();
        }
        send.run();
    }

    /** Sends whatever waits, now: before the consumer unsubscribes, so that nothing decided is lost. */
    void flush() {
        Runnable send;
        synchronized (lock) {
            send = take();
        }
        send.run();
    }

    /** Ids waiting, for tests. */
    int pending() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** Empties the batch (under the lock) into a task that sends it (run outside the lock). */
    private Runnable take() {
        if (pending.isEmpty()) {
            return () -> { };
        }
        List<UUID> ackIds = acks;
        Map<NackKey, List<UUID>> nackIds = nacks;
        acks = new ArrayList<>();
        nacks = new LinkedHashMap<>();
        pending.clear();
        return () -> {
            if (!ackIds.isEmpty()) {
                sink.ack(ackIds);
            }
            nackIds.forEach((key, ids) -> sink.nack(ids, key.action(), key.reason()));
        };
    }
}
