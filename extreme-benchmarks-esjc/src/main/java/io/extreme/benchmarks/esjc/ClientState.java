package io.extreme.benchmarks.esjc;

import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.EventStore;
import com.github.msemys.esjc.EventStoreBuilder;
import com.github.msemys.esjc.ExpectedVersion;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One connected esjc client per trial, with esjc's default settings but for the single node
 * and the credentials, as extreme-benchmarks does with ours.
 */
@State(Scope.Benchmark)
public class ClientState {
    /** The server, as host:port; empty means {@code bench.endpoint} or 127.0.0.1:1113. */
    @Param("")
    public String endpoint;

    /** The client under test. */
    public EventStore client;

    /** Connects, and waits until one append went through so that no trial measures the connect. */
    @Setup(Level.Trial)
    public void connect() throws Exception {
        String hostAndPort = Workload.endpoint(endpoint);
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("endpoint must be host:port, was '" + hostAndPort + "'");
        }
        client = EventStoreBuilder.newBuilder()
                .singleNodeAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)))
                .userCredentials("admin", "changeit")
                .build();
        client.connect();
        EventData probe = EventData.newBuilder().eventId(UUID.randomUUID()).type(Workload.EVENT_TYPE)
                .data(Workload.payload()).build();
        client.appendToStream("bench-probe", ExpectedVersion.ANY, probe).get(30, TimeUnit.SECONDS);
    }

    /**
     * Shuts the client down: esjc's EventStore is not AutoCloseable, and disconnect() alone
     * leaves its event loop threads running, which would hold the forked JVM up.
     */
    @TearDown(Level.Trial)
    public void close() {
        if (client != null) {
            client.shutdown();
        }
    }
}
