package io.extreme.benchmarks.support.latency;

import java.nio.file.Path;

/**
 * What a latency runner is told on its command line, the same for both clients' runners:
 * {@code --endpoint host:port --rate N --seconds N --warmup-seconds N [--label NAME] [--output DIR]}.
 *
 * @param endpoint       the server, {@code host:port}
 * @param rate           events per second: the appends a runner issues, or the pushes the server
 *                       was started with (a push runner only uses it to say how many it expected)
 * @param seconds        the measured window, after the warm-up
 * @param warmupSeconds  the warm-up, recorded nowhere, so that the JIT has compiled the hot path
 * @param label          the workload's name in the summary line and the histogram file's name
 * @param outputDirectory where the histogram file goes
 */
public record LatencyArgs(String endpoint, long rate, double seconds, double warmupSeconds, String label, Path outputDirectory) {
    /** Appends or pushes per second unless {@code --rate} says otherwise. */
    public static final long DEFAULT_RATE = 10_000;
    /** The measured window unless {@code --seconds} says otherwise: within the brief's 10 to 20 s. */
    public static final double DEFAULT_SECONDS = 15;
    /** The warm-up unless {@code --warmup-seconds} says otherwise. */
    public static final double DEFAULT_WARMUP_SECONDS = 5;
    /** The histogram files' directory unless {@code --output} says otherwise, seen from the working directory. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "latency");

    public LatencyArgs {
        if (endpoint == null || endpoint.lastIndexOf(':') <= 0) {
            throw new IllegalArgumentException("--endpoint must be host:port, was " + endpoint);
        }
        if (rate <= 0 || rate > 10_000_000) {
            throw new IllegalArgumentException("--rate must be 1..10,000,000 per second, was " + rate);
        }
        if (!(seconds > 0) || !(warmupSeconds >= 0)) {
            throw new IllegalArgumentException("--seconds must be over 0 and --warmup-seconds 0 or more");
        }
    }

    /** Reads the options in any order; {@code defaultLabel} names the workload unless {@code --label} does. */
    public static LatencyArgs parse(String defaultLabel, String... args) {
        String endpoint = null;
        long rate = DEFAULT_RATE;
        double seconds = DEFAULT_SECONDS;
        double warmup = DEFAULT_WARMUP_SECONDS;
        String label = defaultLabel;
        Path output = DEFAULT_OUTPUT;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value after " + args[i]);
            }
            String value = args[i + 1].replace("_", "").replace(",", "");
            switch (args[i]) {
                case "--endpoint" -> endpoint = args[i + 1];
                case "--rate" -> rate = Long.parseLong(value);
                case "--seconds" -> seconds = Double.parseDouble(value);
                case "--warmup-seconds" -> warmup = Double.parseDouble(value);
                case "--label" -> label = args[i + 1];
                case "--output" -> output = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --endpoint, --rate, --seconds, --warmup-seconds, --label, --output");
            }
        }
        return new LatencyArgs(endpoint, rate, seconds, warmup, label, output);
    }

    /** The host part of the endpoint. */
    public String host() {
        return endpoint.substring(0, endpoint.lastIndexOf(':'));
    }

    /** The port part of the endpoint. */
    public int port() {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    /** The measured window in nanoseconds. */
    public long measuredNanos() {
        return (long) (seconds * 1e9);
    }

    /** The warm-up in nanoseconds. */
    public long warmupNanos() {
        return (long) (warmupSeconds * 1e9);
    }
}
