package io.extreme.benchmarks.scale;

import io.extreme.benchmarks.support.scale.ScaleOptions;
import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.benchmarks.Workload;
import java.util.concurrent.TimeUnit;

/**
 * Ten thousand live subscriptions on one connection: opens {@code --subscriptions} volatile
 * subscriptions to one stream on one client (NIO transport, admin/changeit, default settings),
 * reports the heap each costs and the time to open them, fans {@code --events} appended events
 * out to all of them, reports deliveries per second, checks each got every event once and in
 * order, closes them and checks the heap returns to its baseline. Prints one line per figure;
 * exits with 1 when a check failed.
 *
 * <pre>
 * java -Xmx4g -cp extreme-benchmarks.jar io.extreme.benchmarks.scale.SubscriptionScale \
 *     --endpoint 127.0.0.1:1113 --subscriptions 10000 --events 100 [--server-pid PID]
 * </pre>
 */
public final class SubscriptionScale {
    private SubscriptionScale() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ScaleOptions options;
        try {
            options = ScaleOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ScaleResult result = run(options);
        result.lines().forEach(System.out::println);
        System.exit(result.complete() ? 0 : 1);
    }

    /** One run against {@code options.endpoint()} on a client of its own, closed at the end. */
    public static ScaleResult run(ScaleOptions options) throws Exception {
        ExtremeSettings settings = ExtremeSettings.builder()
                .endpoint(Endpoint.parse(options.endpoint()))
                .credentials("admin", "changeit")
                .connectionName("extreme-subscription-scale")
                .transport("nio")
                .build();
        try (ExtremeClient client = Extreme.connect(settings)) {
            // One append first, so that the connect and the handshake are in no figure.
            client.append("scale-probe", Workload.template()).get(30, TimeUnit.SECONDS);
            return new ScaleRun(client, options).run();
        }
    }
}
