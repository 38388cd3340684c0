package io.extreme.benchmarks.esjc;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.msemys.esjc.ResolvedEvent;
import com.github.msemys.esjc.SliceReadStatus;
import com.github.msemys.esjc.StreamEventsSlice;
import com.github.msemys.esjc.WriteResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each esjc benchmark method, called once as JMH would call it, against the testkit server jar
 * in its own process: esjc and our server understand each other, and the workloads match
 * extreme-benchmarks'. Skipped when the server jar is not built (the reactor builds
 * extreme-testkit before this module).
 */
class EsjcBenchmarkWorkloadsTest {
    private static TestkitServerProcess server;
    private static ClientState state;

    @BeforeAll
    static void connect() throws Exception {
        Assumptions.assumeTrue(TestkitServerProcess.jarBuilt(),
                "no " + TestkitServerProcess.JAR + "; build extreme-testkit first");
        server = TestkitServerProcess.start();
        state = new ClientState();
        state.endpoint = server.endpoint();
        state.connect();
    }

    @AfterAll
    static void close() throws Exception {
        if (state != null) {
            state.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pipelinedAppendsWriteOneHundredSingleEvents() throws Exception {
        AppendBenchmarks benchmarks = new AppendBenchmarks();
        benchmarks.streams();

        benchmarks.pipelinedSingleEventAppends(state);

        StreamEventsSlice slice = state.client.readStreamEventsForward(benchmarks.pipelinedStream(), 0, 200, false)
                .get(10, TimeUnit.SECONDS);
        assertThat(slice.status).isEqualTo(SliceReadStatus.Success);
        assertThat(slice.events).hasSize(Workload.PIPELINE_DEPTH);
        assertThat(slice.events).allSatisfy(event -> {
            assertThat(event.event.data).hasSize(Workload.EVENT_SIZE);
            assertThat(event.event.eventType).isEqualTo(Workload.EVENT_TYPE);
        });
    }

    @Test
    void batchAppendWritesOneHundredEventsInOneCall() {
        AppendBenchmarks benchmarks = new AppendBenchmarks();
        benchmarks.streams();

        WriteResult first = benchmarks.batchAppend100(state);
        WriteResult second = benchmarks.batchAppend100(state);

        assertThat(first.nextExpectedVersion).isEqualTo(Workload.BATCH_SIZE - 1);
        assertThat(second.nextExpectedVersion).isEqualTo(2 * Workload.BATCH_SIZE - 1);
    }

    @Test
    void readsGoRoundThePreparedStreamAPageAtATime() throws Exception {
        ReadBenchmarks benchmarks = new ReadBenchmarks();
        benchmarks.prepare(state);

        for (int page = 0; page < Workload.PAGES; page++) {
            StreamEventsSlice slice = benchmarks.readForward500(state);
            assertThat(slice.events).hasSize(Workload.PAGE_SIZE);
            assertThat(slice.events.get(0).originalEventNumber()).isEqualTo((long) page * Workload.PAGE_SIZE);
        }
        ResolvedEvent first = benchmarks.readForward500(state).events.get(0);
        assertThat(first.originalEventNumber()).isZero();
        assertThat(first.event.data).hasSize(Workload.EVENT_SIZE);
    }

    @Test
    void catchUpHandlesEveryEventOfThePreparedStreamOncePerInvocation() throws Exception {
        CatchUpBenchmarks benchmarks = new CatchUpBenchmarks();
        benchmarks.prepare(state);

        assertThat(benchmarks.catchUp100k(state)).isEqualTo(Workload.CATCH_UP_EVENTS);
        assertThat(benchmarks.catchUp100k(state)).isEqualTo(Workload.CATCH_UP_EVENTS);
        StreamEventsSlice last = state.client.readStreamEventsBackward(benchmarks.stream(), -1, 1, false)
                .get(10, TimeUnit.SECONDS);
        assertThat(last.status).isEqualTo(SliceReadStatus.Success);
        assertThat(last.events.get(0).originalEventNumber()).isEqualTo(Workload.CATCH_UP_EVENTS - 1);
    }
}
