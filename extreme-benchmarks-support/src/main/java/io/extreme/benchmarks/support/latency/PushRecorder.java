package io.extreme.benchmarks.support.latency;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What a subscription's handler calls for each pushed event: the time from the wire-speed
 * server's send (the nanoTime in the event's first 8 bytes, same machine, same clock) to the
 * handler, recorded when the handler runs inside the measured window; and the event numbers,
 * which the server gives one after another, so that a gap shows an event the client lost.
 *
 * <p>Called by one handler at a time, as both clients call a subscription's handler; the counts
 * are read by the runner's thread, hence published with ordered (release) writes, which on x86
 * cost no more than plain ones.
 */
public final class PushRecorder {
    private final Recorder latency = new Recorder(3);
    /**
     * The warm-up's latencies, recorded and never read: so that the recording code is compiled
     * before the window opens, instead of slowing the handler down at the very moment measuring
     * starts (enough, at 50,000/s, to overflow esjc's push queue of 10,000).
     */
    private final Recorder warmup = new Recorder(3);
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong measured = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicReference<String> dropped = new AtomicReference<>();
    private volatile long droppedAt;
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureUntil = Long.MIN_VALUE;
    private long lastNumber = -1;

    /** The server's send time carried in the first 8 bytes (big endian) of a pushed event's data. */
    public static long sentNanos(byte[] data) {
        long sent = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            sent = (sent << 8) | (data[i] & 0xFF);
        }
        return sent;
    }

    /** Records one pushed event, numbered {@code eventNumber}, sent by the server at {@code sentNanos}. */
    public void onEvent(long eventNumber, long sentNanos) {
        long now = System.nanoTime();
        if (lastNumber >= 0 && eventNumber != lastNumber + 1) {
            gaps.setRelease(gaps.getPlain() + 1);
        }
        lastNumber = eventNumber;
        events.setRelease(events.getPlain() + 1);
        if (now - measureFrom < 0) {
            warmup.recordValue(Math.max(0, now - sentNanos));
        } else if (now - measureUntil < 0) {
            latency.recordValue(Math.max(0, now - sentNanos));
            measured.setRelease(measured.getPlain() + 1);
        }
    }

    /** The subscription ended; {@code reason} in the client's words. Only the first drop is kept. */
    public void onDropped(String reason) {
        long now = System.nanoTime();
        if (dropped.compareAndSet(null, reason)) {
            droppedAt = now;
        }
    }

    /** Handler calls from {@code from} (inclusive) to {@code until} (exclusive), in nanoTime, are recorded. */
    void measureBetween(long from, long until) {
        measureUntil = until;
        measureFrom = from;
    }

    /** Events handled so far, warm-up included. */
    long events() {
        return events.get();
    }

    /** Events recorded in the measured window. */
    long measured() {
        return measured.get();
    }

    /** Times an event number was not the one after the previous event's. */
    long gaps() {
        return gaps.get();
    }

    /** Why the subscription dropped, or null while it has not. */
    String dropped() {
        return dropped.get();
    }

    /** When the subscription dropped, in nanoTime; meaningful once {@link #dropped()} is not null. */
    long droppedAt() {
        return droppedAt;
    }

    /** The latencies recorded so far, in ns; each call takes those since the previous one. */
    Histogram latency() {
        return latency.getIntervalHistogram();
    }
}
