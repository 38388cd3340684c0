package io.extreme.benchmarks.latency;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.benchmarks.support.latency.LatencyArgs;
import io.extreme.benchmarks.support.latency.LatencyReport;
import io.extreme.benchmarks.wire.WireOptions;
import io.extreme.benchmarks.wire.WireSpeedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each latency runner of our client, briefly and at a low rate, against the wire-speed server in
 * this JVM: the histograms hold what the schedule sent or the server pushed, with plausible
 * values, and the distribution file is written. Nothing here asserts on speed.
 */
class LatencyRunnersTest {
    private static final long RATE = 500;
    /** No latency on one machine's loopback comes near this: a larger value is a misread stamp. */
    private static final double IMPLAUSIBLE_MICROS = 60_000_000;

    @TempDir
    Path output;

    @Test
    void theAppendRunnerTimesEveryMeasuredAppend() throws Exception {
        try (WireSpeedServer server = WireSpeedServer.start(WireOptions.DEFAULTS)) {
            LatencyReport report = AppendLatency.run(args(server, "append"), quiet());

            // Exactly the appends the measured second scheduled: the warm-up's are left out.
            assertThat(report.count()).isEqualTo(RATE);
            assertPlausible(report);
            assertThat(report.resultLine()).startsWith("RESULT client=ours workload=append count=500 ").contains(" failures=0");
            assertThat(output.resolve("ours-append.hgrm")).isNotEmptyFile();
        }
    }

    @Test
    void thePushRunnerTimesThePushesOfTheMeasuredWindowAndLosesNone() throws Exception {
        try (WireSpeedServer server = WireSpeedServer.start(new WireOptions(0, WireOptions.DEFAULT_STREAM_LENGTH, RATE))) {
            LatencyReport report = PushLatency.run(args(server, "push"), quiet());

            // About a second's pushes; the server may owe up to a tenth of a second more after a stall.
            assertThat(report.count()).isPositive().isLessThanOrEqualTo(2 * RATE);
            assertPlausible(report);
            assertThat(report.resultLine()).contains(" gaps=0 ", " dropped=no");
            assertThat(Files.readString(output.resolve("ours-push.hgrm"))).contains("Percentile");
        }
    }

    private LatencyArgs args(WireSpeedServer server, String label) {
        return LatencyArgs.parse(label, "--endpoint", server.endpoint(), "--rate", Long.toString(RATE),
                "--seconds", "1", "--warmup-seconds", "0.5", "--output", output.toString());
    }

    private static void assertPlausible(LatencyReport report) {
        assertThat(report.micros(50)).isPositive();
        assertThat(report.micros(99)).isGreaterThanOrEqualTo(report.micros(50));
        assertThat(report.micros(99.9)).isGreaterThanOrEqualTo(report.micros(99));
        assertThat(report.maxMicros()).isGreaterThanOrEqualTo(report.micros(99.9)).isLessThan(IMPLAUSIBLE_MICROS);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
