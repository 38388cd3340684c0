package io.extreme.benchmarks.support.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A latency histogram (in nanoseconds) as a runner reports it: p50, p99, p99.9 and max in
 * microseconds on one {@code RESULT key=value ...} line that run-latency.sh reads, other figures
 * of the run on the same line, and the whole percentile distribution in
 * {@code <directory>/<client>-<label>.hgrm} (HdrHistogram's text format, values in µs).
 */
public final class LatencyReport {
    private static final double NANOS_PER_MICRO = 1_000.0;
    private final String client;
    private final String label;
    private final Histogram histogram;
    private final Map<String, String> figures = new LinkedHashMap<>();

    /** A report of {@code histogram} for {@code client} (ours, esjc) and workload {@code label}. */
    public LatencyReport(String client, String label, Histogram histogram) {
        this.client = client;
        this.label = label;
        this.histogram = histogram;
    }

    /** Adds a figure of the run to the result line; {@code name} without spaces. */
    public LatencyReport with(String name, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value);
        figures.put(name, text.replace(' ', '_'));
        return this;
    }

    /** The value at {@code percentile} (0 to 100), in microseconds. */
    public double micros(double percentile) {
        return histogram.getValueAtPercentile(percentile) / NANOS_PER_MICRO;
    }

    /** The largest value, in microseconds. */
    public double maxMicros() {
        return histogram.getMaxValue() / NANOS_PER_MICRO;
    }

    /** The values recorded. */
    public long count() {
        return histogram.getTotalCount();
    }

    /** The result line. */
    public String resultLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "RESULT client=%s workload=%s count=%d p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f",
                client, label, count(), micros(50), micros(99), micros(99.9), maxMicros()));
        figures.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        return line.toString();
    }

    /** Writes the distribution file into {@code directory} and prints the result line to {@code out}; returns the file. */
    public Path publish(Path directory, PrintStream out) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(client + "-" + label + ".hgrm");
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(file), false, "UTF-8")) {
            histogram.outputPercentileDistribution(hgrm, NANOS_PER_MICRO);
        }
        out.println(resultLine());
        out.println("  distribution (µs) in " + file);
        out.flush();
        return file;
    }
}
