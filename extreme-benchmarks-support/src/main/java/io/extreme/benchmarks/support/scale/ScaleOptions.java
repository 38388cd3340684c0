package io.extreme.benchmarks.support.scale;

import java.time.Duration;

/**
 * What a {@code SubscriptionScale} (ours and the esjc twin) run does, from its command line:
 * {@code --endpoint host:port --subscriptions N --events E --batch B --window W --open-window O
 * --deadline-seconds S --server-pid PID}.
 *
 * @param endpoint      the server, host:port
 * @param subscriptions volatile subscriptions to open to the one stream
 * @param events        events to append to it
 * @param batch         events per append call
 * @param window        events appended ahead of the last one every subscription has: bounds the
 *                      server's queue for the connection (see {@link #defaultWindow})
 * @param openWindow    subscribe calls waiting for their confirmation at once: below the client's
 *                      {@code maxQueueSize} and {@code maxConcurrentOperations} (5,000 each)
 * @param deadline      how long each phase may take before the run gives up
 * @param serverPid     the server's process id, to report its threads' CPU; 0 when not known
 */
public record ScaleOptions(String endpoint, int subscriptions, int events, int batch, int window, int openWindow,
                           Duration deadline, long serverPid) {
    /** Subscriptions when {@code --subscriptions} is not given. */
    public static final int DEFAULT_SUBSCRIPTIONS = 10_000;
    /** Events when {@code --events} is not given. */
    public static final int DEFAULT_EVENTS = 100;
    /** Subscribe calls outstanding at once when {@code --open-window} is not given. */
    public static final int DEFAULT_OPEN_WINDOW = 1_000;
    /**
     * Pushes a run lets wait at the server for the connection: below the 50,000 messages past which
     * the testkit server, as a real EventStore 3.x/4.x, closes a connection that does not keep up.
     */
    public static final int SERVER_QUEUE_BUDGET = 40_000;
    /** Per phase, when {@code --deadline-seconds} is not given. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

    public ScaleOptions {
        if (subscriptions < 1 || events < 1 || batch < 1 || window < batch || openWindow < 1) {
            throw new IllegalArgumentException("subscriptions, events, batch and open window must be at least 1"
                    + " and the window at least the batch: " + subscriptions + ", " + events + ", " + batch + ", "
                    + window + ", " + openWindow);
        }
    }

    /** Events ahead so that at most {@link #SERVER_QUEUE_BUDGET} pushes wait, and at least one batch. */
    public static int defaultWindow(int subscriptions, int batch) {
        return Math.max(batch, SERVER_QUEUE_BUDGET / subscriptions);
    }

    /** The options of {@code args}; unknown arguments are refused with the usage. */
    public static ScaleOptions parse(String... args) {
        String endpoint = "127.0.0.1:1113";
        int subscriptions = DEFAULT_SUBSCRIPTIONS;
        int events = DEFAULT_EVENTS;
        int batch = 1;
        int window = -1;
        int openWindow = DEFAULT_OPEN_WINDOW;
        Duration deadline = DEFAULT_DEADLINE;
        long serverPid = 0;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + usage());
            }
            switch (args[i]) {
                case "--endpoint" -> endpoint = value;
                case "--subscriptions" -> subscriptions = Integer.parseInt(value);
                case "--events" -> events = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--window" -> window = Integer.parseInt(value);
                case "--open-window" -> openWindow = Integer.parseInt(value);
                case "--deadline-seconds" -> deadline = Duration.ofSeconds(Long.parseLong(value));
                case "--server-pid" -> serverPid = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + usage());
            }
        }
        int ahead = window > 0 ? window : defaultWindow(subscriptions, batch);
        return new ScaleOptions(endpoint, subscriptions, events, batch, ahead, openWindow, deadline, serverPid);
    }

    public static String usage() {
        return "usage: SubscriptionScale --endpoint host:port [--subscriptions 10000] [--events 100] [--batch 1]"
                + " [--window <events ahead>] [--open-window 1000] [--deadline-seconds 300] [--server-pid <pid>]";
    }
}
