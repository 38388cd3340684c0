package io.extreme.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ReadOptions;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.StreamSlice;
import io.extreme.event.WriteResult;
import io.extreme.testkit.EmbeddedEventStore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark method, called once as JMH would call it, against the embedded server over
 * loopback TCP: the workloads do what BENCHMARKS.md says they measure. No timing here.
 */
class BenchmarkWorkloadsTest {
    private static EmbeddedEventStore store;
    private static ClientState state;

    @BeforeAll
    static void connect() throws Exception {
        store = EmbeddedEventStore.start();
        state = new ClientState();
        state.endpoint = store.endpoint().toString();
        state.connect();
    }

    @AfterAll
    static void close() {
        if (state != null) {
            state.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void pipelinedAppendsWriteOneHundredSingleEvents() throws Exception {
        AppendBenchmarks benchmarks = new AppendBenchmarks();
        benchmarks.streams();

        benchmarks.pipelinedSingleEventAppends(state);

        StreamSlice slice = state.client.readStreamSlice(benchmarks.pipelinedStream(), StreamPosition.of(0), ReadOptions.forward().withPageSize(200))
                .get(10, TimeUnit.SECONDS).requireFound();
        assertThat(slice.events()).hasSize(Workload.PIPELINE_DEPTH);
        assertThat(slice.events()).allSatisfy(event -> {
            assertThat(event.event().data()).hasSize(Workload.EVENT_SIZE);
            assertThat(event.event().eventType()).isEqualTo(Workload.EVENT_TYPE);
        });
        assertThat(slice.events().stream().map(e -> e.event().eventId()).distinct()).hasSize(Workload.PIPELINE_DEPTH);
    }

    @Test
    void batchAppendWritesOneHundredEventsInOneCall() {
        AppendBenchmarks benchmarks = new AppendBenchmarks();
        benchmarks.streams();

        WriteResult first = benchmarks.batchAppend100(state);
        WriteResult second = benchmarks.batchAppend100(state);

        assertThat(first.nextExpectedVersion()).isEqualTo(Workload.BATCH_SIZE - 1);
        assertThat(second.nextExpectedVersion()).isEqualTo(2 * Workload.BATCH_SIZE - 1);
    }

    @Test
    void readsGoRoundThePreparedStreamAPageAtATime() throws Exception {
        ReadBenchmarks benchmarks = new ReadBenchmarks();
        benchmarks.prepare(state);

        for (int page = 0; page < Workload.PAGES; page++) {
            StreamSlice slice = benchmarks.readForward500(state);
            assertThat(slice.events()).hasSize(Workload.PAGE_SIZE);
            assertThat(slice.events().get(0).originalEventNumber()).isEqualTo((long) page * Workload.PAGE_SIZE);
        }
        StreamSlice again = benchmarks.readForward500(state);
        ResolvedEvent first = again.events().get(0);
        assertThat(first.originalEventNumber()).isZero();
        assertThat(first.event().data()).hasSize(Workload.EVENT_SIZE);
    }

    @Test
    void catchUpHandlesEveryEventOfThePreparedStreamOncePerInvocation() throws Exception {
        CatchUpBenchmarks benchmarks = new CatchUpBenchmarks();
        benchmarks.prepare(state);

        assertThat(benchmarks.catchUp100k(state)).isEqualTo(Workload.CATCH_UP_EVENTS);
        // Again from the start: each invocation catches up on the whole stream.
        assertThat(benchmarks.catchUp100k(state)).isEqualTo(Workload.CATCH_UP_EVENTS);
        StreamSlice last = state.client.readStreamSlice(benchmarks.stream(), StreamPosition.END, ReadOptions.backward().withPageSize(1))
                .get(10, TimeUnit.SECONDS).requireFound();
        assertThat(last.events().get(0).originalEventNumber()).isEqualTo(Workload.CATCH_UP_EVENTS - 1);
        assertThat(last.events().get(0).event().data()).hasSize(Workload.EVENT_SIZE);
    }

    @Test
    void theEndpointComesFromTheParameterThenTheSystemProperty() {
        assertThat(Workload.endpoint(" 127.0.0.1:2113 ")).isEqualTo("127.0.0.1:2113");
        String before = System.getProperty("bench.endpoint");
        try {
            System.setProperty("bench.endpoint", "127.0.0.1:3113");
            assertThat(Workload.endpoint("")).isEqualTo("127.0.0.1:3113");
            System.clearProperty("bench.endpoint");
            assertThat(Workload.endpoint(null)).isEqualTo(Workload.DEFAULT_ENDPOINT);
        } finally {
            if (before != null) {
                System.setProperty("bench.endpoint", before);
            }
        }
    }
}
