package io.extreme.benchmarks.esjc;

import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.ExpectedVersion;
import com.github.msemys.esjc.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * esjc's side of extreme-benchmarks' AppendBenchmarks: appends of 256-byte events with
 * {@link ExpectedVersion#ANY}, each trial to fresh streams, building the events included.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Thread)
public class AppendBenchmarks {
    private final byte[] data = Workload.payload();
    private final EventIds ids = new EventIds();
    private final CompletableFuture<?>[] inFlight = new CompletableFuture<?>[Workload.PIPELINE_DEPTH];
    private String pipelinedStream;
    private String batchStream;

    /** Fresh streams per trial: a trial never appends behind another's events. */
    @Setup(Level.Trial)
    public void streams() {
        String run = UUID.randomUUID().toString();
        pipelinedStream = "bench-pipelined-" + run;
        batchStream = "bench-batch-" + run;
    }

    /** {@value Workload#PIPELINE_DEPTH} single-event appends sent at once, then awaited together; counts appends. */
    @Benchmark
    @OperationsPerInvocation(Workload.PIPELINE_DEPTH)
    public void pipelinedSingleEventAppends(ClientState state) {
        for (int i = 0; i < inFlight.length; i++) {
            inFlight[i] = state.client.appendToStream(pipelinedStream, ExpectedVersion.ANY, event());
        }
        CompletableFuture.allOf(inFlight).join();
    }

    /** One append of {@value Workload#BATCH_SIZE} events; counts append calls. */
    @Benchmark
    public WriteResult batchAppend100(ClientState state) {
        List<EventData> events = new ArrayList<>(Workload.BATCH_SIZE);
        for (int i = 0; i < Workload.BATCH_SIZE; i++) {
            events.add(event());
        }
        return state.client.appendToStream(batchStream, ExpectedVersion.ANY, events).join();
    }

    /** The stream the pipelined appends go to in this trial; for tests. */
    String pipelinedStream() {
        return pipelinedStream;
    }

    private EventData event() {
        return EventData.newBuilder().eventId(ids.next()).type(Workload.EVENT_TYPE).data(data).build();
    }
}
