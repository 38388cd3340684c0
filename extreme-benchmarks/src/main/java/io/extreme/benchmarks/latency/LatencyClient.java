package io.extreme.benchmarks.latency;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.benchmarks.Workload;
import java.util.concurrent.TimeUnit;

/** Our client as the latency runners use it: connected as the JMH benchmarks connect, one append through before any measuring. */
final class LatencyClient {
    private LatencyClient() {
    }

    /** Connects to {@code endpoint} (host:port) and waits, 30 s at most, for one append to be acknowledged. */
    static ExtremeClient connect(String endpoint) throws Exception {
        ExtremeSettings settings = ExtremeSettings.builder()
                .endpoint(Endpoint.parse(endpoint))
                .credentials("admin", "changeit")
                .connectionName("extreme-latency")
                .transport("nio")
                .build();
        ExtremeClient client = Extreme.connect(settings);
        try {
            client.append("latency-probe", Workload.template()).get(30, TimeUnit.SECONDS);
            return client;
        } catch (Exception e) {
            client.close();
            throw e;
        }
    }
}
