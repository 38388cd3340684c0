package io.extreme.benchmarks.support.latency;

import org.HdrHistogram.Histogram;

/**
 * One run of a push workload: subscribe, warm up, measure for the window (latency into the
 * {@link PushRecorder}, and the process's CPU time and allocation over the same window), close.
 * The runner's thread only waits; the client's threads do the work being measured.
 */
public final class LivePushRun {
    private LivePushRun() {
    }

    /** Makes a live subscription whose handler feeds the recorder; closing it unsubscribes. */
    @FunctionalInterface
    public interface Subscriber {
        /** Subscribes, and returns once the server confirmed the subscription. */
        AutoCloseable subscribe(PushRecorder recorder) throws Exception;
    }

    /**
     * What a run measured.
     *
     * @param latency        server send to handler, in ns, of the events handled in the window
     * @param expected       events the server should have pushed in the window at the given rate
     * @param costEvents     events handled between the two cost samples
     * @param cost           CPU time and allocation of the process between the two samples
     * @param gaps           event numbers skipped: events the client lost
     * @param dropped        why the subscription dropped before the end, or null when it did not
     * @param droppedAfter   seconds from the subscribe call to the drop, or -1 when it did not drop
     */
    public record Outcome(Histogram latency, long expected, long costEvents, ProcessCost cost, long gaps, String dropped,
                          double droppedAfter) {
        /** CPU nanoseconds per event handled, or -1 when unknown. */
        public double cpuNanosPerEvent() {
            return cost.cpuNanos() < 0 || costEvents == 0 ? -1 : (double) cost.cpuNanos() / costEvents;
        }

        /** Bytes allocated per event handled, or -1 when unknown. */
        public double bytesPerEvent() {
            return cost.allocatedBytes() < 0 || costEvents == 0 ? -1 : (double) cost.allocatedBytes() / costEvents;
        }

        /** The report of this run for {@code client}, with the push rate, the cost per event and any loss. */
        public LatencyReport report(String client, LatencyArgs args) {
            return new LatencyReport(client, args.label(), latency)
                    .with("push_rate", args.rate())
                    .with("expected", expected)
                    .with("cpu_ns_per_event", cpuNanosPerEvent())
                    .with("bytes_per_event", bytesPerEvent())
                    .with("gaps", gaps)
                    .with("dropped", dropped == null ? "no" : dropped)
                    .with("dropped_after_s", droppedAfter);
        }
    }

    /** Runs the workload of {@code args} through {@code subscriber}. */
    public static Outcome run(LatencyArgs args, Subscriber subscriber) throws Exception {
        PushRecorder recorder = new PushRecorder();
        long from = System.nanoTime() + args.warmupNanos();
        long until = from + args.measuredNanos();
        recorder.measureBetween(from, until);
        long subscribing = System.nanoTime();
        try (AutoCloseable subscription = subscriber.subscribe(recorder)) {
            waitUntilOrDropped(from, recorder);
            ProcessCost start = ProcessCost.take();
            long eventsAtStart = recorder.events();
            waitUntilOrDropped(until, recorder);
            ProcessCost spent = ProcessCost.take().since(start);
            long events = recorder.events() - eventsAtStart;
            Histogram latency = recorder.latency();
            String dropped = recorder.dropped();
            double droppedAfter = dropped == null ? -1 : (recorder.droppedAt() - subscribing) / 1e9;
            return new Outcome(latency, Math.round(args.rate() * args.seconds()), events, spent, recorder.gaps(), dropped, droppedAfter);
        }
    }

    /** Waits for {@code deadline}, looking at the subscription every 10 ms so that a drop ends the run at once. */
    private static void waitUntilOrDropped(long deadline, PushRecorder recorder) {
        while (recorder.dropped() == null && deadline - System.nanoTime() > 0) {
            Pacer.waitUntil(Math.min(deadline, System.nanoTime() + 10_000_000));
        }
    }
}
