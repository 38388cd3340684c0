package io.extreme.benchmarks.esjc;

import com.github.msemys.esjc.CatchUpSubscription;
import com.github.msemys.esjc.CatchUpSubscriptionListener;
import com.github.msemys.esjc.CatchUpSubscriptionSettings;
import com.github.msemys.esjc.EventData;
import com.github.msemys.esjc.ExpectedVersion;
import com.github.msemys.esjc.ResolvedEvent;
import com.github.msemys.esjc.SubscriptionDropReason;
import com.github.msemys.esjc.WriteResult;
import java.time.Duration;
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
 * esjc's side of extreme-benchmarks' CatchUpBenchmarks: {@code subscribeToStreamFrom} from the
 * start of a stream of {@value Workload#CATCH_UP_EVENTS} events (written once per trial) until
 * the listener has the last one, with esjc's default settings (pages of 500, a live queue of
 * 10,000). The score counts events handled per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Thread)
public class CatchUpBenchmarks {
    private static final long DEADLINE_SECONDS = 120;
    private String stream;

    /** Writes the stream to catch up on, {@value Workload#CATCH_UP_APPEND_SIZE} events per append. */
    @Setup(Level.Trial)
    public void prepare(ClientState state) throws Exception {
        stream = "bench-catchup-" + UUID.randomUUID();
        byte[] data = Workload.payload();
        EventIds ids = new EventIds();
        WriteResult last = null;
        for (int written = 0; written < Workload.CATCH_UP_EVENTS; written += Workload.CATCH_UP_APPEND_SIZE) {
            List<EventData> events = new ArrayList<>(Workload.CATCH_UP_APPEND_SIZE);
            for (int i = 0; i < Workload.CATCH_UP_APPEND_SIZE; i++) {
                events.add(EventData.newBuilder().eventId(ids.next()).type(Workload.EVENT_TYPE).data(data).build());
            }
            last = state.client.appendToStream(stream, ExpectedVersion.ANY, events).get(30, TimeUnit.SECONDS);
        }
        if (last == null || last.nextExpectedVersion != Workload.CATCH_UP_EVENTS - 1) {
            throw new IllegalStateException("prepared stream " + stream + " ends at "
                    + (last == null ? null : last.nextExpectedVersion));
        }
    }

    /** From the first event (checkpoint {@code null}) to the last one handled; returns the events handled. */
    @Benchmark
    @OperationsPerInvocation(Workload.CATCH_UP_EVENTS)
    public long catchUp100k(ClientState state) throws Exception {
        UntilLast listener = new UntilLast(Workload.CATCH_UP_EVENTS - 1);
        CatchUpSubscription subscription = state.client.subscribeToStreamFrom(stream, null,
                CatchUpSubscriptionSettings.DEFAULT, listener);
        try {
            return listener.done.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } finally {
            subscription.stop(Duration.ofSeconds(10));
        }
    }

    /** The stream this trial catches up on; for tests. */
    String stream() {
        return stream;
    }

    /** Counts events and completes at the last one; a close before it fails the invocation. */
    static final class UntilLast implements CatchUpSubscriptionListener {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private final long lastEventNumber;
        private long handled;

        UntilLast(long lastEventNumber) {
            this.lastEventNumber = lastEventNumber;
        }

        @Override
        public void onEvent(CatchUpSubscription subscription, ResolvedEvent event) {
            handled++; // esjc calls the listener one event at a time
            if (event.originalEventNumber() == lastEventNumber) {
                done.complete(handled);
            }
        }

        @Override
        public void onClose(CatchUpSubscription subscription, SubscriptionDropReason reason, Exception exception) {
            done.completeExceptionally(new IllegalStateException("closed after " + handled + " events: " + reason, exception));
        }
    }
}
