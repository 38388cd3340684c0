package io.extreme.testkit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an in-memory EventStore as a process:
 * {@code java -jar extreme-testkit-server.jar [--host 127.0.0.1] [--port 1113] [--protocol 3|4]
 * [--stats-period 30]}. It prints the endpoint, the protocol and the default credentials on one
 * line and serves until the process is stopped. Like a real node it writes its statistics to
 * {@code $stats-<ip>:<port + 1000>} every 30 s ({@code --stats-period} in seconds, 0 switches
 * it off), so {@code $all} moves on by itself as other clients' tests expect.
 */
public final class TestkitMain {
    /** How often a real node writes its statistics (PROTOCOL.md §12.1 #14). */
    static final Duration REAL_STATS_PERIOD = Duration.ofSeconds(30);

    private TestkitMain() {
    }

    /** Entry point; exits with status 2 on bad arguments. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedEventStore.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("extreme-testkit-server: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(usage());
            return;
        }
        EmbeddedEventStore store = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "extreme-testkit-shutdown"));
        System.out.println("In-memory EventStore listening on " + store.endpoint()
                + " (protocol v" + store.protocol() + "); default credentials admin/changeit (also ops/changeit)");
        System.out.flush();
        // The server's threads are daemons: the main thread keeps the process alive.
        stopped.await();
    }

    /**
     * The store the arguments ask for, not yet started; null for {@code --help}.
     *
     * @throws IllegalArgumentException naming the argument that is wrong and what it allows
     */
    static EmbeddedEventStore.Builder parse(String... args) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder().port(1113).statsPeriod(REAL_STATS_PERIOD);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--host" -> builder.host(value(args, i++));
                case "--port" -> builder.port(number(arg, value(args, i++)));
                case "--protocol" -> builder.protocol(number(arg, value(args, i++)));
                case "--stats-period" -> builder.statsPeriod(seconds(arg, value(args, i++)));
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return builder;
    }

    static String usage() {
        return "usage: java -jar extreme-testkit-server.jar [--host <ip>] [--port <port, default 1113>]"
                + " [--protocol <3|4, default 4>] [--stats-period <seconds, default 30, 0 = off>]";
    }

    private static Duration seconds(String option, String text) {
        int seconds = number(option, text);
        if (seconds < 0) {
            throw new IllegalArgumentException(option + " needs a number of seconds, 0 or more, was " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was '" + text + "'");
        }
    }
}
