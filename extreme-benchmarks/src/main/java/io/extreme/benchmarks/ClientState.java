package io.extreme.benchmarks;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One connected client per trial, shared by the benchmark's threads, as an application would
 * share it. The endpoint comes from {@code -p endpoint=host:port} or {@code -Dbench.endpoint}.
 */
@State(Scope.Benchmark)
public class ClientState {
    /** The server, as host:port; empty means {@code bench.endpoint} or 127.0.0.1:1113. */
    @Param("")
    public String endpoint;

    /** The client under test. */
    public ExtremeClient client;

    /** Connects, and waits until one append went through so that no trial measures the connect. */
    @Setup(Level.Trial)
    public void connect() throws Exception {
        ExtremeSettings settings = ExtremeSettings.builder()
                .endpoint(Endpoint.parse(Workload.endpoint(endpoint)))
                .credentials("admin", "changeit")
                .connectionName("extreme-benchmarks")
                .transport("nio")
                .build();
        client = Extreme.connect(settings);
        EventData probe = Workload.template();
        client.append("bench-probe", probe).get(30, TimeUnit.SECONDS);
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
