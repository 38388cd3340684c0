package io.extreme.benchmarks;

import io.extreme.SubscriptionOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.ResolvedEvent;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.CatchUpSubscription;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
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
 * Catch-up throughput: a catch-up subscription from the start of a stream of
 * {@value Workload#CATCH_UP_EVENTS} events (written once per trial) until its handler has the
 * last one, with the default options (pages of 500, a queue of 10,000), as esjc's default
 * settings have them. The score counts events handled per second.
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
        EventData template = Workload.template();
        EventIds ids = new EventIds();
        WriteResult last = null;
        for (int written = 0; written < Workload.CATCH_UP_EVENTS; written += Workload.CATCH_UP_APPEND_SIZE) {
            List<EventData> events = new ArrayList<>(Workload.CATCH_UP_APPEND_SIZE);
            for (int i = 0; i < Workload.CATCH_UP_APPEND_SIZE; i++) {
                events.add(template.withEventId(ids.next()));
            }
            last = state.client.append(stream, events).get(30, TimeUnit.SECONDS);
        }
        if (last == null || last.nextExpectedVersion() != Workload.CATCH_UP_EVENTS - 1) {
            throw new IllegalStateException("prepared stream " + stream + " ends at " + last);
        }
    }

    /** From the first event to the last one handled; returns the events handled. */
    @Benchmark
    @OperationsPerInvocation(Workload.CATCH_UP_EVENTS)
    public long catchUp100k(ClientState state) throws Exception {
        UntilLast listener = new UntilLast(Workload.CATCH_UP_EVENTS - 1);
        CatchUpSubscription subscription = state.client.subscribeToStreamFrom(stream, StreamPosition.START, SubscriptionOptions.DEFAULTS, listener).join();
        try {
            // get throws when the subscription dropped first: JMH then reports the benchmark as failed.
            return listener.done.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } finally {
            subscription.close();
        }
    }

    /** The stream this trial catches up on; for tests. */
    String stream() {
        return stream;
    }

    /** Counts events and completes at the last one; a drop before it fails the invocation. */
    static final class UntilLast implements SubscriptionListener {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private final long lastEventNumber;
        private long handled;

        UntilLast(long lastEventNumber) {
            this.lastEventNumber = lastEventNumber;
        }

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            handled++; // the handler is called one event at a time, so a plain field will do
            if (event.originalEventNumber() == lastEventNumber) {
                done.complete(handled);
            }
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            done.completeExceptionally(new IllegalStateException("dropped after " + handled + " events: " + reason, cause));
        }
    }
}
