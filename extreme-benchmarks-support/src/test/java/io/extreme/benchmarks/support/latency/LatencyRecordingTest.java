package io.extreme.benchmarks.support.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client-free parts of the latency runners: options, the send stamp, gaps, the schedule's count, the report. */
class LatencyRecordingTest {
    @TempDir
    Path output;

    @Test
    void optionsReadInAnyOrderWithDefaultsForTheRest() {
        LatencyArgs args = LatencyArgs.parse("append", "--rate", "20_000", "--endpoint", "127.0.0.1:4321");

        assertThat(args.host()).isEqualTo("127.0.0.1");
        assertThat(args.port()).isEqualTo(4321);
        assertThat(args.rate()).isEqualTo(20_000);
        assertThat(args.seconds()).isEqualTo(LatencyArgs.DEFAULT_SECONDS);
        assertThat(args.label()).isEqualTo("append");
        assertThatThrownBy(() -> LatencyArgs.parse("append", "--rate", "5")).hasMessageContaining("--endpoint");
        assertThatThrownBy(() -> LatencyArgs.parse("append", "--endpoint", "h:1", "--speed", "5")).hasMessageContaining("unknown option --speed");
    }

    @Test
    void theSendStampIsTheDatasFirstEightBytesBigEndian() {
        byte[] data = ByteBuffer.allocate(256).putLong(0, 0x0102_0304_0506_0708L).array();

        assertThat(PushRecorder.sentNanos(data)).isEqualTo(0x0102_0304_0506_0708L);
    }

    @Test
    void aSkippedEventNumberCountsAsAGapAndOnlyTheWindowIsRecorded() {
        PushRecorder recorder = new PushRecorder();
        long now = System.nanoTime();
        recorder.measureBetween(now - 1_000_000_000L, now + 60_000_000_000L);

        recorder.onEvent(7, System.nanoTime());
        recorder.onEvent(8, System.nanoTime());
        recorder.onEvent(10, System.nanoTime());

        assertThat(recorder.events()).isEqualTo(3);
        assertThat(recorder.gaps()).isEqualTo(1);
        assertThat(recorder.latency().getTotalCount()).isEqualTo(3);
    }

    @Test
    void theScheduleTimesExactlyTheMeasuredAppends() {
        LatencyArgs args = LatencyArgs.parse("append", "--endpoint", "127.0.0.1:1", "--rate", "1000",
                "--seconds", "0.2", "--warmup-seconds", "0.1");

        FixedRateAppends.Outcome outcome = FixedRateAppends.run(args, () -> CompletableFuture.completedFuture(null));

        assertThat(outcome.fromIntended().getTotalCount()).isEqualTo(200);
        assertThat(outcome.fromSent().getTotalCount()).isEqualTo(200);
        assertThat(outcome.failures()).isZero();
    }

    @Test
    void theReportPrintsOneResultLineAndWritesTheDistribution() throws Exception {
        Histogram histogram = new Histogram(3);
        for (long micros = 1; micros <= 1_000; micros++) {
            histogram.recordValue(micros * 1_000);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Path file = new LatencyReport("ours", "append", histogram).with("gaps", 0)
                .publish(output, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("RESULT client=ours workload=append count=1000 p50_us=500.")
                .contains(" gaps=0");
        assertThat(file).hasFileName("ours-append.hgrm");
        assertThat(Files.readString(file)).contains("Percentile");
    }
}
