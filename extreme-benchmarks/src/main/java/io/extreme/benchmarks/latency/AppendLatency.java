package io.extreme.benchmarks.latency;

import io.extreme.ExtremeClient;
import io.extreme.benchmarks.EventIds;
import io.extreme.benchmarks.Workload;
import io.extreme.benchmarks.support.latency.FixedRateAppends;
import io.extreme.benchmarks.support.latency.LatencyArgs;
import io.extreme.benchmarks.support.latency.LatencyReport;
import io.extreme.event.EventData;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * Append to acknowledgement latency of our client at a fixed rate: single-event appends of
 * {@value Workload#EVENT_SIZE} bytes to one fresh stream, issued on a schedule and timed from
 * their intended send time (see {@link FixedRateAppends}).
 *
 * <p>Run: {@code java -cp extreme-benchmarks.jar io.extreme.benchmarks.latency.AppendLatency
 * --endpoint 127.0.0.1:PORT [--rate 10000] [--seconds 15] [--warmup-seconds 5]}; prints a
 * {@code RESULT} line and writes {@code target/latency/ours-append.hgrm}.
 */
public final class AppendLatency {
    private AppendLatency() {
    }

    /** Runs once with the options of {@link LatencyArgs}. */
    public static void main(String[] args) throws Exception {
        run(LatencyArgs.parse("append", args), System.out);
    }

    /** Connects, runs the schedule, reports; returns the report. */
    public static LatencyReport run(LatencyArgs args, PrintStream out) throws Exception {
        try (ExtremeClient client = LatencyClient.connect(args.endpoint())) {
            String stream = "latency-append-" + UUID.randomUUID();
            EventData template = Workload.template();
            EventIds ids = new EventIds(); // used by the sender thread alone
            FixedRateAppends.Outcome outcome = FixedRateAppends.run(args,
                    () -> client.append(stream, List.of(template.withEventId(ids.next()))));
            LatencyReport report = outcome.report("ours", args);
            report.publish(args.outputDirectory(), out);
            return report;
        }
    }
}
