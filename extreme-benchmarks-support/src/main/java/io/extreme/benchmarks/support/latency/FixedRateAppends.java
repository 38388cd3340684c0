package io.extreme.benchmarks.support.latency;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Appends issued on a schedule, {@code rate} a second, each timed from the instant it was meant
 * to be sent to its acknowledgement: a client that stalls delays the sends behind the stall, and
 * the delay counts in their latency instead of vanishing (no coordinated omission). The time from
 * the actual send is kept beside it, so that the two can be told apart.
 *
 * <p>The calling thread is the sender; acknowledgements are recorded on whatever threads the
 * client completes its futures on (HdrHistogram's {@link Recorder} takes concurrent writers).
 * At most {@link #MAX_IN_FLIGHT} appends are in flight: past that the sender waits, so a client
 * that stops answering cannot make this runner queue without end (those waits, too, count
 * in the latency of the appends behind them).
 */
public final class FixedRateAppends {
    /** Appends sent and not yet acknowledged, at most: a second's worth at the default rate. */
    public static final long MAX_IN_FLIGHT = 10_000;
    /** How long the last acknowledgements may take after the last send. */
    private static final long DRAIN_DEADLINE_NANOS = 60_000_000_000L;
    private static final int SIGNIFICANT_DIGITS = 3;

    private FixedRateAppends() {
    }

    /**
     * What a run measured.
     *
     * @param fromIntended acknowledgement time minus intended send time, in ns, of the measured appends
     * @param fromSent     acknowledgement time minus actual send time, in ns, of the same appends
     * @param failures     appends that failed, warm-up included
     * @param firstFailure the first failure's exception as text, or null when none failed
     */
    public record Outcome(Histogram fromIntended, Histogram fromSent, long failures, String firstFailure) {
        /** The report of this run for {@code client}: latency from the intended send, with the p99 from the actual send beside it. */
        public LatencyReport report(String client, LatencyArgs args) {
            return new LatencyReport(client, args.label(), fromIntended)
                    .with("rate", args.rate())
                    .with("failures", failures)
                    .with("from_sent_p99_us", fromSent.getValueAtPercentile(99) / 1_000.0)
                    .with("first_failure", firstFailure == null ? "none" : firstFailure);
        }
    }

    /** Warms up, then measures; {@code append} issues one single-event append and returns its acknowledgement. */
    public static Outcome run(LatencyArgs args, Supplier<? extends CompletionStage<?>> append) {
        Recorder fromIntended = new Recorder(SIGNIFICANT_DIGITS);
        Recorder fromSent = new Recorder(SIGNIFICANT_DIGITS);
        // The warm-up's latencies, never read: the recording code is compiled before measuring starts.
        Recorder warmup = new Recorder(SIGNIFICANT_DIGITS);
        AtomicLong completed = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        long warmupAppends = Math.round(args.rate() * args.warmupSeconds());
        long total = warmupAppends + Math.round(args.rate() * args.seconds());
        double nanosPerAppend = 1e9 / args.rate();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + (long) (i * nanosPerAppend);
            Pacer.waitUntil(intended);
            while (i - completed.get() >= MAX_IN_FLIGHT) {
                Thread.yield();
            }
            boolean measured = i >= warmupAppends;
            long sent = System.nanoTime();
            CompletionStage<?> ack;
            try {
                ack = append.get();
            } catch (RuntimeException e) {
                firstFailure.compareAndSet(null, e);
                failures.incrementAndGet();
                completed.incrementAndGet();
                continue;
            }
            ack.whenComplete((result, error) -> {
                long now = System.nanoTime();
                if (error != null) {
                    firstFailure.compareAndSet(null, error);
                    failures.incrementAndGet();
                } else if (measured) {
                    fromIntended.recordValue(now - intended);
                    fromSent.recordValue(now - sent);
                } else {
                    warmup.recordValue(now - intended);
                    warmup.recordValue(now - sent);
                }
                completed.incrementAndGet();
            });
        }
        long drainDeadline = System.nanoTime() + DRAIN_DEADLINE_NANOS;
        while (completed.get() < total) {
            if (System.nanoTime() - drainDeadline > 0) {
                throw new IllegalStateException((total - completed.get()) + " appends still unacknowledged 60 s after the last send");
            }
            Pacer.waitUntil(System.nanoTime() + 1_000_000);
        }
        Throwable first = firstFailure.get();
        return new Outcome(fromIntended.getIntervalHistogram(), fromSent.getIntervalHistogram(), failures.get(),
                first == null ? null : String.valueOf(first));
    }
}
