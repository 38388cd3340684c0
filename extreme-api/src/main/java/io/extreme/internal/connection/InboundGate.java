package io.extreme.internal.connection;

import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TransportConnection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bound on the engine's inbound queue: the frames the transport has handed over and the
 * engine thread has not yet handled. Every frame passes the gate twice, once as it arrives (I/O
 * thread) and once when it has been handled (engine thread). Past {@link #HIGH_WATER_BYTES} or
 * {@link #HIGH_WATER_FRAMES} the gate takes read demand away from the connection that pushed it
 * over, so that the rest waits in the socket buffers and in the server, not in our heap; below
 * half of both it gives the demand back.
 *
 * <p>Bound: the queue holds at most the high water plus what the transport had already decoded
 * when reading stopped (one read buffer's worth, or one frame larger than it). The counts are
 * atomics, so the hot path takes no lock; only a turn (pause or resume) is decided under the
 * gate's monitor, so that a pause and a resume decided at once on the two threads cannot reach
 * the connection in the wrong order.
 */
public final class InboundGate {
    private static final Logger log = LoggerFactory.getLogger(InboundGate.class);
    /** Payload bytes waiting for the engine above which reading stops: a few large read pages. */
    public static final long HIGH_WATER_BYTES = 16L * 1024 * 1024;
    /** Frames waiting for the engine above which reading stops, however small they are. */
    public static final int HIGH_WATER_FRAMES = 5_000;
    /** Reading starts again once both counts are below these: half the high water, so it does not flap. */
    public static final long LOW_WATER_BYTES = HIGH_WATER_BYTES / 2;
    public static final int LOW_WATER_FRAMES = HIGH_WATER_FRAMES / 2;

    private final String name;
    private final long highBytes;
    private final int highFrames;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger frames = new AtomicInteger();
    private final AtomicLong peakBytes = new AtomicLong();
    private final AtomicLong pauses = new AtomicLong();
    private final AtomicLong resumes = new AtomicLong();
    /** The connection whose reading is suspended, or {@code null} while none is; written under the monitor. */
    private volatile TransportConnection paused;
    /** When reading was last resumed, for the heartbeat: silence while paused was ours, not the peer's. */
    private volatile long resumedAt = System.nanoTime();

    InboundGate(String name) {
        this(name, HIGH_WATER_BYTES, HIGH_WATER_FRAMES);
    }

    /** A gate with other marks, for tests; the low water is half of each. */
    InboundGate(String name, long highBytes, int highFrames) {
        this.name = name;
        this.highBytes = highBytes;
        this.highFrames = highFrames;
    }

    /**
     * {@code frame} arrived from {@code from} and is on its way to the engine thread. I/O thread.
     *
     * @return true when this frame made the gate suspend reading
     */
    boolean arrived(TransportConnection from, Frame frame) {
        long queued = bytes.addAndGet(size(frame));
        int count = frames.incrementAndGet();
        peakBytes.accumulateAndGet(queued, Math::max);
        if (paused != from && over(queued, count)) {
            synchronized (this) {
                TransportConnection before = paused;
                if (before != from && over(bytes.get(), frames.get())) {
                    // The gate held back a connection that is gone (the engine keeps one at a time,
                    // and a new one opens only after the old one was let go): its frames still count
                    // until the engine drops them, but only the one that delivers now can be held
                    // back, else a fast new connection would pass the mark without bound. The old
                    // one gets its demand back, which does nothing to a closed connection.
                    paused = from;
                    pauses.incrementAndGet();
                    log.debug("[{}] reading paused: {} bytes in {} frames wait for the engine", name, bytes.get(), frames.get());
                    from.suspendReading();
                    if (before != null) {
                        before.resumeReading();
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** The engine thread has handled {@code frame} (or dropped it). Engine thread. */
    void handled(Frame frame) {
        long queued = bytes.addAndGet(-size(frame));
        int count = frames.decrementAndGet();
        if (paused != null && under(queued, count)) {
            synchronized (this) {
                TransportConnection suspended = paused;
                if (suspended != null && under(bytes.get(), frames.get())) {
                    paused = null;
                    resumes.incrementAndGet();
                    resumedAt = System.nanoTime();
                    log.debug("[{}] reading resumed: {} bytes in {} frames wait for the engine", name, bytes.get(), frames.get());
                    suspended.resumeReading();
                }
            }
        }
    }

    private boolean over(long queued, int count) {
        return queued > highBytes || count > highFrames;
    }

    private boolean under(long queued, int count) {
        return queued <= highBytes / 2 && count <= highFrames / 2;
    }

    /** What a frame weighs: its payload and header, as the transport read them. */
    private static long size(Frame frame) {
        return FrameFormat.packageLength(frame);
    }

    /** Whether reading is suspended by this gate now. Any thread. */
    public boolean isPaused() {
        return paused != null;
    }

    /** Whether this gate holds {@code connection}'s reading back now: not so while it holds back one gone before. Any thread. */
    boolean isPausing(TransportConnection connection) {
        return connection != null && paused == connection;
    }

    /** {@link System#nanoTime()} of the last resume (or of the gate's making). Any thread. */
    long resumedAt() {
        return resumedAt;
    }

    /** How often reading was paused. Any thread. */
    public long pauses() {
        return pauses.get();
    }

    /** How often reading was resumed. Any thread. */
    public long resumes() {
        return resumes.get();
    }

    /** The most bytes that ever waited for the engine at once. Any thread. */
    public long peakBytes() {
        return peakBytes.get();
    }

    /** Bytes waiting for the engine now. Any thread. */
    public long queuedBytes() {
        return bytes.get();
    }
}
