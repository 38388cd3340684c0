package io.extreme.benchmarks;

import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads forward in pages of {@value Workload#PAGE_SIZE} events from a stream of
 * {@value Workload#PAGES} full pages prepared once per trial, page after page, round and round.
 * The score counts pages per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Thread)
public class ReadBenchmarks {
    private String stream;
    private int page;

    /** Writes the stream to read, a page per append, and checks that a page reads back whole. */
    @Setup(Level.Trial)
    public void prepare(ClientState state) throws Exception {
        stream = "bench-read-" + UUID.randomUUID();
        EventData template = Workload.template();
        EventIds ids = new EventIds();
        for (int p = 0; p < Workload.PAGES; p++) {
            List<EventData> events = new ArrayList<>(Workload.PAGE_SIZE);
            for (int i = 0; i < Workload.PAGE_SIZE; i++) {
                events.add(template.withEventId(ids.next()));
            }
            state.client.append(stream, events).get(30, TimeUnit.SECONDS);
        }
        StreamSlice first = state.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(Workload.PAGE_SIZE))
                .get(30, TimeUnit.SECONDS).requireFound();
        if (first.events().size() != Workload.PAGE_SIZE) {
            throw new IllegalStateException("prepared stream " + stream + " reads back "
                    + first.events().size() + " events per page, expected " + Workload.PAGE_SIZE);
        }
    }

    /** One page of {@value Workload#PAGE_SIZE} events, without resolving links. */
    @Benchmark
    public StreamSlice readForward500(ClientState state) {
        long from = (long) page * Workload.PAGE_SIZE;
        page = (page + 1) % Workload.PAGES;
        return state.client.readStreamSlice(stream, StreamPosition.of(from), ReadOptions.forward().withPageSize(Workload.PAGE_SIZE)).join();
    }
}
