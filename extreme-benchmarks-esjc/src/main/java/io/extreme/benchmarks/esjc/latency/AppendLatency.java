package io.extreme.benchmarks.esjc.latency;

import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.ExpectedVersion;
import io.extreme.benchmarks.esjc.EventIds;
import io.extreme.benchmarks.esjc.Workload;
import io.extreme.benchmarks.support.latency.FixedRateAppends;
import io.extreme.benchmarks.support.latency.LatencyArgs;
import io.extreme.benchmarks.support.latency.LatencyReport;
import java.io.PrintStream;
import java.util.UUID;

/**
 * Append to acknowledgement latency of esjc 2.6.0 at a fixed rate, the baseline of
 * {@code io.extreme.benchmarks.latency.AppendLatency}: the same single-event appends of
 * {@value Workload#EVENT_SIZE} bytes, on the same schedule (see {@link FixedRateAppends}).
 *
 * <p>Run: {@code java -cp extreme-benchmarks-esjc.jar io.extreme.benchmarks.esjc.latency.AppendLatency
 * --endpoint 127.0.0.1:PORT [--rate 10000] [--seconds 15] [--warmup-seconds 5]}; prints a
 * {@code RESULT} line and writes {@code target/latency/esjc-append.hgrm}.
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
        EventStore client = LatencyClient.connect(args.host(), args.port());
        try {
            String stream = "latency-append-" + UUID.randomUUID();
            byte[] data = Workload.payload();
            EventIds ids = new EventIds(); // used by the sender thread alone
            FixedRateAppends.Outcome outcome = FixedRateAppends.run(args, () -> client.appendToStream(stream, ExpectedVersion.ANY,
                    EventData.newBuilder().eventId(ids.next()).type(Workload.EVENT_TYPE).data(data).build()));
            LatencyReport report = outcome.report("esjc", args);
            report.publish(args.outputDirectory(), out);
            return report;
        } finally {
            // shutdown, not disconnect: disconnect leaves esjc's event loop threads running.
            client.shutdown();
        }
    }
}
