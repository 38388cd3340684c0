package io.extreme.benchmarks;

import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.WriteResult;
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
 * Appends of 256-byte events with {@link ExpectedVersion#ANY}, each trial to fresh streams.
 * Building the events is part of what is measured, as it is part of every real append.
 * The defaults here are those of run-benchmarks.sh; options on the command line win.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Thread)
public class AppendBenchmarks {
    private final EventData template = Workload.template();
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

    /**
     * {@value Workload#PIPELINE_DEPTH} single-event appends sent at once, then awaited together.
     * The score counts single-event appends per second.
     */
    @Benchmark
    @OperationsPerInvocation(Workload.PIPELINE_DEPTH)
    public void pipelinedSingleEventAppends(ClientState state) {
        for (int i = 0; i < inFlight.length; i++) {
            inFlight[i] = state.client.append(pipelinedStream, List.of(event()));
        }
        // join throws when any append failed: JMH then reports the benchmark as failed.
        CompletableFuture.allOf(inFlight).join();
    }

    /**
     * One append of {@value Workload#BATCH_SIZE} events. The score counts append calls per
     * second (events per second are {@value Workload#BATCH_SIZE} times that).
     */
    @Benchmark
    public WriteResult batchAppend100(ClientState state) {
        List<EventData> events = new ArrayList<>(Workload.BATCH_SIZE);
        for (int i = 0; i < Workload.BATCH_SIZE; i++) {
            events.add(event());
        }
        return state.client.append(batchStream, events).join();
    }

    /** The stream the pipelined appends go to in this trial; for tests. */
    String pipelinedStream() {
        return pipelinedStream;
    }

    private EventData event() {
        return template.withEventId(ids.next());
    }
}
