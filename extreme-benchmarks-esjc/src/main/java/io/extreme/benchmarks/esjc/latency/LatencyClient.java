package io.extreme.benchmarks.esjc.latency;

import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.EventStoreBuilder;
import com.github.msemys.esjc.ExpectedVersion;
import io.extreme.benchmarks.esjc.Workload;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** esjc as the latency runners use it: built as the JMH baseline builds it, one append through before any measuring. */
final class LatencyClient {
    private LatencyClient() {
    }

    /** Connects to {@code host:port} and waits, 30 s at most, for one append to be acknowledged. */
    static EventStore connect(String host, int port) throws Exception {
        EventStore client = EventStoreBuilder.newBuilder()
                .singleNodeAddress(host, port)
                .userCredentials("admin", "changeit")
                .build();
        try {
            client.connect();
            EventData probe = EventData.newBuilder().eventId(UUID.randomUUID()).type(Workload.EVENT_TYPE)
                    .data(Workload.payload()).build();
            client.appendToStream("latency-probe", ExpectedVersion.ANY, probe).get(30, TimeUnit.SECONDS);
            return client;
        } catch (Exception e) {
            client.shutdown();
            throw e;
        }
    }
}
