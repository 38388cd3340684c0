package io.extreme.benchmarks.esjc.scale;

import io.extreme.benchmarks.support.scale.ScaleOptions;
import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.EventStoreBuilder;
import com.github.msemys.esjc.ExpectedVersion;
import io.extreme.benchmarks.esjc.Workload;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The esjc 2.6.0 twin of extreme-benchmarks' {@code SubscriptionScale}: the same run, with the
 * same arguments and summary lines, through esjc's public API: {@code --subscriptions} volatile
 * subscriptions ({@code subscribeToStream(stream, false, listener)}) to one stream on one esjc
 * client (esjc's defaults but for the single node and admin/changeit), the heap each costs, the
 * fan-out of {@code --events} appended events, the checks, the close. Exits with 1 when a check
 * failed.
 *
 * <pre>
 * java -Xmx4g -cp extreme-benchmarks-esjc.jar io.extreme.benchmarks.esjc.scale.SubscriptionScale \
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

    /** One run against {@code options.endpoint()} on an esjc client of its own, shut down at the end. */
    public static ScaleResult run(ScaleOptions options) throws Exception {
        int colon = options.endpoint().lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("endpoint must be host:port, was '" + options.endpoint() + "'");
        }
        EventStore client = EventStoreBuilder.newBuilder()
                .singleNodeAddress(options.endpoint().substring(0, colon), Integer.parseInt(options.endpoint().substring(colon + 1)))
                .userCredentials("admin", "changeit")
                .build();
        try {
            client.connect();
            // One append first, so that the connect and the handshake are in no figure.
            EventData probe = EventData.newBuilder().eventId(UUID.randomUUID()).type(Workload.EVENT_TYPE)
                    .data(Workload.payload()).build();
            client.appendToStream("scale-probe", ExpectedVersion.ANY, probe).get(30, TimeUnit.SECONDS);
            return new ScaleRun(client, options).run();
        } finally {
            // Not AutoCloseable, and disconnect() alone leaves esjc's event loop threads running.
            client.shutdown();
        }
    }
}
